package dev.temporalboot.internal.schedule;

import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerDefinition;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.SmartLifecycle;

/**
 * The schedules of {@code temporal.schedules}: resolved and checked once every singleton exists
 * (before any worker polls, so a mistake fails start-up), reconciled with the server right after
 * the workers start polling (so a schedule that fires at once finds them), and in the background
 * while the server does not answer. Lists each schedule with its outcome, and operates it.
 */
public class DeclaredSchedules implements SmartInitializingSingleton, SmartLifecycle {

  /** Right after the workers: their queues are polled when a new schedule fires at once. */
  public static final int PHASE = TemporalWorkers.PHASE + 1;

  private final List<ScheduleDeclaration> declarations;

  private final Settings settings;

  private final Map<String, ScheduleRun> runs = new LinkedHashMap<>();

  private @Nullable ReconcileRetries retries;

  private volatile boolean running;

  /**
   * Creates the registry.
   *
   * @param declarations the declared schedules, each checked on its own
   * @param settings the clients and what the declarations are resolved against
   */
  public DeclaredSchedules(List<ScheduleDeclaration> declarations, Settings settings) {
    this.declarations = List.copyOf(declarations);
    this.settings = settings;
  }

  /** Resolves and checks every declaration against the workers' plan and the data converter. */
  @Override
  public void afterSingletonsInstantiated() {
    Settings settings = this.settings;
    ScheduleFactory factory =
        new ScheduleFactory(
            new ScheduleWorkflows(
                settings.definitions().get(), settings.defaults().get(), settings.classLoader()),
            settings.converter());
    Instant now = Instant.now();
    for (ScheduleDeclaration declaration : this.declarations) {
      ResolvedSchedule resolved = factory.resolve(declaration, now);
      this.runs.put(resolved.id(), new ScheduleRun(resolved));
    }
  }

  @Override
  public void start() {
    this.running = true;
    if (this.runs.isEmpty()) {
      return;
    }
    ReconcileRetries retries =
        new ReconcileRetries(
            new ScheduleReconciler(
                this.settings.client(),
                this.settings.stubs(),
                this.settings.namespace(),
                this.settings.converter(),
                this.settings.owner()),
            this.runs.values(),
            this.settings.retryInterval());
    this.retries = retries;
    retries.firstPass();
  }

  @Override
  public void stop() {
    this.running = false;
    ReconcileRetries retries = this.retries;
    if (retries != null) {
      retries.cancel();
    }
  }

  @Override
  public boolean isRunning() {
    return this.running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  /**
   * Not pausable, like {@link TemporalWorkers}: a paused context (a cached test context) keeps its
   * schedules as reconciled, and its lifecycle stays that of the workers.
   */
  @Override
  public boolean isPauseable() {
    return false;
  }

  /**
   * Returns every declared schedule with what reconciling it did so far.
   *
   * @return the schedules in declaration order
   */
  public List<Entry> getSchedules() {
    return this.runs.values().stream()
        .map((run) -> new Entry(run.schedule().id(), run.schedule(), run.outcome()))
        .toList();
  }

  /**
   * Returns a handle on a schedule through the schedule client, declared or not.
   *
   * @param id the schedule id
   * @return the handle, whose calls reach the server
   */
  public ScheduleHandle handle(String id) {
    return this.settings.client().getHandle(id);
  }

  /**
   * Describes a schedule as the server has it.
   *
   * @param id the schedule id
   * @return its description: spec, state, next and recent actions
   */
  public ScheduleDescription describe(String id) {
    return handle(id).describe();
  }

  /**
   * Pauses a schedule.
   *
   * @param id the schedule id
   * @param note why, shown with the schedule
   */
  public void pause(String id, String note) {
    handle(id).pause(note);
  }

  /**
   * Unpauses a schedule.
   *
   * @param id the schedule id
   */
  public void unpause(String id) {
    handle(id).unpause();
  }

  /**
   * Starts the schedule's action now, under its overlap policy.
   *
   * @param id the schedule id
   */
  public void trigger(String id) {
    handle(id).trigger();
  }

  /**
   * One declared schedule.
   *
   * @param id the schedule id
   * @param schedule what was declared, resolved
   * @param outcome what reconciling it did
   */
  public record Entry(String id, ResolvedSchedule schedule, ScheduleOutcome outcome) {}

  /**
   * What the schedules are resolved against and reconciled with.
   *
   * @param client the schedule client of the primary namespace
   * @param stubs its service stubs, to read the schedule as stored
   * @param namespace the namespace
   * @param converter the data converter, for arguments and the owner memo
   * @param owner the application's name, recorded on the schedules it creates
   * @param definitions the workers of this application, empty when it runs none
   * @param defaults the start options of {@code temporal.workflows} by workflow interface
   * @param classLoader the application's class loader, for qualified workflow names
   * @param retryInterval how long to wait between attempts while the server does not answer
   */
  public record Settings(
      ScheduleClient client,
      WorkflowServiceStubs stubs,
      String namespace,
      DataConverter converter,
      String owner,
      Supplier<Collection<WorkerDefinition>> definitions,
      Supplier<Map<Class<?>, WorkflowOptions>> defaults,
      @Nullable ClassLoader classLoader,
      Duration retryInterval) {}
}
