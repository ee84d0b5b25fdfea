package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.schedule.ScheduleOutcome;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleDescription;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;

/**
 * The {@code schedules} of the endpoint: each schedule of {@code temporal.schedules} described by
 * the server, and the operations on it (pause, unpause, trigger) for the ones this application
 * owns.
 */
public class ScheduleSection {

  private static final Duration PROBE_DEADLINE = Duration.ofSeconds(5);

  private static final String PAUSE_NOTE = "Paused through /actuator/temporal";

  private static final String UNPAUSE_NOTE = "Unpaused through /actuator/temporal";

  private final DeclaredSchedules schedules;

  private final ScheduleView view;

  private final WorkflowClient client;

  /**
   * Creates the section.
   *
   * @param schedules the declared schedules
   * @param client the workflow client of the primary namespace, to read the status of the workflows
   *     a schedule started
   */
  public ScheduleSection(DeclaredSchedules schedules, WorkflowClient client) {
    this.schedules = schedules;
    this.view = new ScheduleView(client);
    this.client = client;
  }

  /**
   * Describes every declared schedule, each on its own: one the server cannot describe shows why. A
   * quick probe first, and once the server proves unreachable every schedule says so: the SDK's
   * describe retries an unreachable server for seconds, which would add up per schedule.
   *
   * @return the schedules by id, in declaration order
   */
  public Map<String, Object> describe() {
    Map<String, Object> described = new LinkedHashMap<>();
    String unreachable = probe();
    for (DeclaredSchedules.Entry entry : this.schedules.getSchedules()) {
      if (unreachable != null) {
        described.put(entry.id(), this.view.unavailable(entry, unreachable));
        continue;
      }
      try {
        described.put(entry.id(), this.view.describe(entry, this.schedules.describe(entry.id())));
      } catch (RuntimeException ex) {
        StatusRuntimeException status = status(ex);
        if (status != null && isUnreachable(status)) {
          unreachable = failure(ex);
        }
        described.put(entry.id(), this.view.unavailable(entry, failure(ex)));
      }
    }
    return described;
  }

  /**
   * Pauses, unpauses or triggers a schedule this application owns.
   *
   * @param id the schedule id
   * @param action {@code pause}, {@code unpause} or {@code trigger}
   * @param note the note of a pause or unpause, or null for a default one
   * @return the schedule afterwards
   * @throws ScheduleRequestException when the id is not declared (404), the application does not
   *     own the schedule (409) or the server does not answer (503)
   * @throws InvalidEndpointRequestException when the action is none of the three
   */
  public Map<String, Object> operate(String id, @Nullable String action, @Nullable String note) {
    DeclaredSchedules.Entry entry = entry(id);
    Action parsed = Action.parse(action);
    if (entry.outcome() == ScheduleOutcome.PENDING) {
      throw new ScheduleRequestException(
          ScheduleRequestException.UNAVAILABLE,
          "Schedule '"
              + id
              + "' is PENDING: the Temporal server has not answered since start-up, so it is not"
              + " reconciled yet; retry once the server answers (health shows temporal UP)",
          null);
    }
    if (entry.outcome() == ScheduleOutcome.NOT_OWNED) {
      throw new ScheduleRequestException(
          ScheduleRequestException.CONFLICT,
          "Schedule '"
              + id
              + "' is NOT_OWNED ("
              + ScheduleView.reason(entry.outcome(), describeOrNull(id))
              + "): this application operates only the schedules it created",
          null);
    }
    String given = (note == null || note.isBlank()) ? null : note;
    try {
      switch (parsed) {
        case PAUSE -> this.schedules.pause(id, (given != null) ? given : PAUSE_NOTE);
        case UNPAUSE ->
            this.schedules.handle(id).unpause((given != null) ? given : unpauseNote(entry));
        case TRIGGER -> this.schedules.trigger(id);
      }
    } catch (RuntimeException ex) {
      StatusRuntimeException status = status(ex);
      if (status != null && status.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new ScheduleRequestException(
            ScheduleRequestException.NOT_FOUND,
            "Schedule '"
                + id
                + "' is declared but the server has none with that id: "
                + failure(ex),
            ex);
      }
      if (status != null && isUnreachable(status)) {
        throw new ScheduleRequestException(
            ScheduleRequestException.UNAVAILABLE,
            "The Temporal server did not answer: " + failure(ex),
            ex);
      }
      throw ex;
    }
    try {
      return this.view.describe(entry, this.schedules.describe(id));
    } catch (RuntimeException ex) {
      return this.view.unavailable(entry, failure(ex));
    }
  }

  /** Unpausing without a note gives the schedule its declared note back, if it has one. */
  private static String unpauseNote(DeclaredSchedules.Entry entry) {
    String declared = entry.schedule().declaration().note();
    return (declared != null && !declared.isBlank()) ? declared : UNPAUSE_NOTE;
  }

  /** The server's description, to name the owner in a refusal; null if it cannot be read. */
  private @Nullable ScheduleDescription describeOrNull(String id) {
    try {
      return this.schedules.describe(id);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private DeclaredSchedules.Entry entry(String id) {
    List<DeclaredSchedules.Entry> entries = this.schedules.getSchedules();
    return entries.stream()
        .filter((candidate) -> candidate.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ScheduleRequestException(
                    ScheduleRequestException.NOT_FOUND,
                    "No schedule '"
                        + id
                        + "' is declared under temporal.schedules: "
                        + (entries.isEmpty()
                            ? "none is"
                            : "declared are "
                                + entries.stream().map(DeclaredSchedules.Entry::id).toList()),
                    null));
  }

  /** Why the server is unreachable, or null when it answers a call without retries. */
  private @Nullable String probe() {
    try {
      this.client
          .getWorkflowServiceStubs()
          .blockingStub()
          .withDeadlineAfter(PROBE_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      return null;
    } catch (StatusRuntimeException ex) {
      return isUnreachable(ex) ? failure(ex) : null;
    }
  }

  /** What went wrong talking to the server, in gRPC's words when it answered with a status. */
  static String failure(Throwable ex) {
    StatusRuntimeException status = status(ex);
    if (status == null) {
      return String.valueOf(ex.getMessage());
    }
    return (isUnreachable(status) ? "server unreachable: " : "") + status.getMessage();
  }

  private static @Nullable StatusRuntimeException status(Throwable ex) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatusRuntimeException status) {
        return status;
      }
    }
    return null;
  }

  private static boolean isUnreachable(StatusRuntimeException ex) {
    Status.Code code = ex.getStatus().getCode();
    return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
  }

  /** What a write can ask of a schedule. */
  enum Action {
    PAUSE,
    UNPAUSE,
    TRIGGER;

    static Action parse(@Nullable String action) {
      if (action == null) {
        throw new InvalidEndpointRequestException(
            "No action: send {\"action\": \"pause\"}, \"unpause\" or \"trigger\"",
            "No action: use 'pause', 'unpause' or 'trigger'");
      }
      for (Action candidate : values()) {
        if (candidate.name().toLowerCase(Locale.ROOT).equals(action)) {
          return candidate;
        }
      }
      throw new InvalidEndpointRequestException(
          "Unknown action '" + action + "' for a schedule: use 'pause', 'unpause' or 'trigger'",
          "Unknown action: use 'pause', 'unpause' or 'trigger'");
    }
  }
}
