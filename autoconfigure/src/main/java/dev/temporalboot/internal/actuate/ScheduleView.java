package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.schedule.ScheduleOutcome;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.schedules.ScheduleAction;
import io.temporal.client.schedules.ScheduleActionExecution;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
import io.temporal.client.schedules.ScheduleActionResult;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleInfo;
import io.temporal.client.schedules.ScheduleState;
import io.temporal.failure.TemporalFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/** One declared schedule in the endpoint: what reconciling did, and the server's description. */
final class ScheduleView {

  /** The memo key {@code ScheduleOwnership} writes: who created the schedule. */
  static final String OWNER_MEMO = "temporal-boot.owner";

  private static final int NEXT_ACTIONS = 5;

  /** As many as a real cluster keeps; each costs a describe of its workflow and its result. */
  private static final int RECENT_ACTIONS = 10;

  /** Only closed runs are read, so this bounds a slow server, not a running workflow. */
  private static final long RESULT_WAIT_SECONDS = 5;

  private static final String STATUS_PREFIX = "WORKFLOW_EXECUTION_STATUS_";

  private final WorkflowClient client;

  ScheduleView(WorkflowClient client) {
    this.client = client;
  }

  /** The schedule's reconcile outcome and the server's description of it. */
  Map<String, Object> describe(DeclaredSchedules.Entry entry, ScheduleDescription description) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("outcome", entry.outcome());
    view.put("declared", ScheduleSpecs.declared(entry.schedule().declaration().spec()));
    String reason = reason(entry.outcome(), description);
    if (reason != null) {
      view.put("reason", reason);
    }
    ScheduleAction action = description.getSchedule().getAction();
    if (action instanceof ScheduleActionStartWorkflow start) {
      view.put("workflowType", start.getWorkflowType());
      view.put("workflowId", start.getOptions().getWorkflowId());
      view.put("taskQueue", start.getOptions().getTaskQueue());
    }
    view.put("spec", ScheduleSpecs.describe(description.getSchedule().getSpec()));
    ScheduleState state = description.getSchedule().getState();
    // The SDK marks the state nullable; a described schedule has one, a missing one shows unpaused.
    view.put("paused", state != null && state.isPaused());
    if (state != null) {
      view.put("note", state.getNote());
      if (state.isLimitedAction()) {
        view.put("remainingActions", state.getRemainingActions());
      }
    }
    ScheduleInfo info = description.getInfo();
    List<?> next = info.getNextActionTimes();
    view.put("nextActionTimes", next.subList(0, Math.min(NEXT_ACTIONS, next.size())));
    List<ScheduleActionResult> recent = info.getRecentActions();
    view.put(
        "recentActions",
        recent.subList(Math.max(0, recent.size() - RECENT_ACTIONS), recent.size()).stream()
            .map(this::recent)
            .toList());
    view.put(
        "runningWorkflows",
        info.getRunningActions().stream().map(ScheduleView::execution).toList());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("taken", info.getNumActions());
    counts.put("missedCatchupWindow", info.getNumActionsMissedCatchupWindow());
    counts.put("skippedOverlap", info.getNumActionsSkippedOverlap());
    view.put("actions", counts);
    view.put("createdAt", info.getCreatedAt());
    if (info.getLastUpdatedAt() != null) {
      view.put("lastUpdatedAt", info.getLastUpdatedAt());
    }
    return view;
  }

  /** The schedule's reconcile outcome and why the server could not describe it. */
  Map<String, Object> unavailable(DeclaredSchedules.Entry entry, String error) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("outcome", entry.outcome());
    view.put("declared", ScheduleSpecs.declared(entry.schedule().declaration().spec()));
    String reason = reason(entry.outcome(), null);
    if (reason != null) {
      view.put("reason", reason);
    }
    view.put("error", error);
    return view;
  }

  /** Why the application does not operate the schedule, or null when it owns it. */
  static @Nullable String reason(
      ScheduleOutcome outcome, @Nullable ScheduleDescription description) {
    switch (outcome) {
      case PENDING:
        return "not reconciled yet: the server has not answered since start-up";
      case FAILED:
        return "the server refused the declaration: the application log says why";
      case NOT_OWNED:
        Object owner = (description != null) ? owner(description) : null;
        return (owner != null)
            ? "created by application '" + owner + "' (memo " + OWNER_MEMO + "), not by this one"
            : "created by something other than Temporal Boot (no " + OWNER_MEMO + " memo)";
      default:
        return null;
    }
  }

  private static @Nullable Object owner(ScheduleDescription description) {
    try {
      return description.getMemo(OWNER_MEMO, String.class);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** A recent action with its workflow, that workflow's status and its result or failure. */
  private Map<String, Object> recent(ScheduleActionResult result) {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("scheduledAt", result.getScheduledAt());
    action.put("startedAt", result.getStartedAt());
    action.putAll(execution(result.getAction()));
    if (result.getAction() instanceof ScheduleActionExecutionStartWorkflow started) {
      WorkflowStub stub =
          this.client.newUntypedWorkflowStub(
              started.getWorkflowId(),
              Optional.of(started.getFirstExecutionRunId()),
              Optional.empty());
      try {
        WorkflowExecutionDescription workflow = stub.describe();
        action.put("status", status(workflow.getStatus()));
        if (workflow.getCloseTime() != null) {
          action.put("closedAt", workflow.getCloseTime());
        }
        outcome(stub, workflow.getStatus(), action);
      } catch (RuntimeException ex) {
        action.put("status", "UNKNOWN");
        action.put("statusError", ScheduleSection.failure(ex));
      }
    }
    return action;
  }

  /**
   * A completed run's result, decoded by the application's data converter into plain JSON values,
   * or a failed run's failure message; only closed runs, so reading the result never waits.
   */
  private static void outcome(
      WorkflowStub stub, WorkflowExecutionStatus status, Map<String, Object> action) {
    if (status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED
        && status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_FAILED) {
      return;
    }
    try {
      action.put("result", stub.getResult(RESULT_WAIT_SECONDS, TimeUnit.SECONDS, Object.class));
    } catch (WorkflowFailedException ex) {
      action.put("failure", rootMessage(ex));
    } catch (TimeoutException | RuntimeException ex) {
      // A payload the converter cannot read as JSON (protobuf, an encrypting codec's key gone).
      action.put("resultError", ScheduleSection.failure(ex));
    }
  }

  /**
   * What the application raised: the innermost failure's own message, because an activity's failure
   * arrives wrapped in "Activity task failed" and the SDK's messages add type and flags.
   */
  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message =
        (root instanceof TemporalFailure temporal)
            ? temporal.getOriginalMessage()
            : root.getMessage();
    return String.valueOf(message);
  }

  private static Map<String, Object> execution(ScheduleActionExecution execution) {
    Map<String, Object> described = new LinkedHashMap<>();
    if (execution instanceof ScheduleActionExecutionStartWorkflow started) {
      described.put("workflowId", started.getWorkflowId());
      described.put("runId", started.getFirstExecutionRunId());
    }
    return described;
  }

  private static String status(WorkflowExecutionStatus status) {
    String name = status.name();
    return name.startsWith(STATUS_PREFIX) ? name.substring(STATUS_PREFIX.length()) : name;
  }
}
