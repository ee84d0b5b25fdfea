package dev.temporalboot.internal.embedded.schedule;

import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP;
import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_UNSPECIFIED;

import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.schedule.v1.ScheduleActionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the buffered starts that the overlap policy lets run, as a real cluster's scheduler does,
 * and keeps the running and recent actions up to date as the started workflows close.
 */
final class ScheduleStarts {

  /** Recent actions a real cluster keeps per schedule. */
  static final int RECENT_ACTIONS = 10;

  private static final Logger logger = LoggerFactory.getLogger(ScheduleStarts.class);

  private final WorkflowActions actions;

  ScheduleStarts(WorkflowActions actions) {
    this.actions = actions;
  }

  /** Processes the buffer until nothing more can start now. */
  void drain(ScheduleEntry schedule, Instant now, Consumer<WorkflowExecution> watch) {
    for (int round = 0;
        round < ScheduleTimeline.MAX_BUFFER && processBuffer(schedule, now, watch);
        round++) {
      // again: a start failed or a running workflow was stopped
    }
  }

  private boolean processBuffer(
      ScheduleEntry schedule, Instant now, Consumer<WorkflowExecution> watch) {
    if (schedule.buffer.isEmpty() || !schedule.schedule.getAction().hasStartWorkflow()) {
      schedule.buffer.clear();
      return false;
    }
    refresh(schedule);
    OverlapDecision decision =
        OverlapDecision.decide(
            List.copyOf(schedule.buffer),
            !schedule.running.isEmpty(),
            (policy) -> resolve(schedule, policy));
    schedule.buffer.clear();
    schedule.buffer.addAll(decision.buffer);
    schedule.overlapSkipped += decision.skipped;
    List<BufferedStart> starts = new ArrayList<>(decision.overlapping);
    if (decision.nonOverlapping != null) {
      starts.add(decision.nonOverlapping);
    }
    boolean again = false;
    for (BufferedStart start : starts) {
      if (!ScheduleTimeline.canTakeAction(schedule, start.manual(), true)) {
        again = true;
        continue;
      }
      try {
        ScheduleActionResult result =
            ScheduledWorkflowStart.start(this.actions, schedule, start, now);
        record(schedule, result, start == decision.nonOverlapping, watch);
      } catch (StatusRuntimeException ex) {
        logger.warn("Schedule {} could not start its workflow: {}", schedule.id, ex.getMessage());
        again = true;
      }
    }
    if (decision.terminate || decision.cancel) {
      for (WorkflowExecution execution : List.copyOf(schedule.running)) {
        stop(schedule, execution, decision.terminate);
      }
      again |= decision.terminate; // terminated at once: the buffered start can follow now
    }
    return again;
  }

  private void stop(ScheduleEntry schedule, WorkflowExecution execution, boolean terminate) {
    try {
      if (terminate) {
        this.actions.terminate(
            schedule.namespace, execution, "terminated by schedule overlap policy");
      } else {
        this.actions.cancel(schedule.namespace, execution, "cancelled by schedule overlap policy");
      }
    } catch (StatusRuntimeException ex) {
      logger.warn("Schedule {} could not stop {}: {}", schedule.id, execution, ex.getMessage());
    }
  }

  /** Asks the server whether the workflows believed running still run. */
  private void refresh(ScheduleEntry schedule) {
    for (WorkflowExecution execution : List.copyOf(schedule.running)) {
      WorkflowClose close = this.actions.closed(schedule.namespace, execution);
      if (close != null) {
        closed(schedule, execution.getWorkflowId(), close);
      }
    }
  }

  /**
   * Records that a workflow the schedule started has closed: no longer running, its status in the
   * recent actions, and a pause when it failed or timed out under pause-on-failure.
   */
  void closed(ScheduleEntry schedule, String workflowId, WorkflowClose close) {
    if (!schedule.running.removeIf((running) -> running.getWorkflowId().equals(workflowId))) {
      return; // already seen through a refresh
    }
    for (int i = 0; i < schedule.recentActions.size(); i++) {
      ScheduleActionResult action = schedule.recentActions.get(i);
      if (action.getStartWorkflowResult().getWorkflowId().equals(workflowId)) {
        schedule.recentActions.set(
            i, action.toBuilder().setStartWorkflowStatus(close.status()).build());
      }
    }
    var state = schedule.schedule.getState();
    if (!schedule.schedule.getPolicies().getPauseOnFailure() || state.getPaused()) {
      return;
    }
    String notes;
    if (close.status() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_FAILED) {
      notes = "paused due to workflow failure: " + workflowId + ": " + close.failureMessage();
    } else if (close.status() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TIMED_OUT) {
      notes = "paused due to workflow timeout: " + workflowId;
    } else {
      return;
    }
    schedule.schedule =
        schedule.schedule.toBuilder()
            .setState(state.toBuilder().setPaused(true).setNotes(notes))
            .build();
    schedule.conflictToken++;
  }

  private void record(
      ScheduleEntry schedule,
      ScheduleActionResult result,
      boolean nonOverlapping,
      Consumer<WorkflowExecution> watch) {
    schedule.actionCount++;
    schedule.recentActions.add(result);
    if (schedule.recentActions.size() > RECENT_ACTIONS) {
      schedule.recentActions.remove(0);
    }
    if (nonOverlapping) { // a real cluster does not track workflows started by allow-all
      schedule.running.add(result.getStartWorkflowResult());
      watch.accept(result.getStartWorkflowResult());
    }
  }

  static ScheduleOverlapPolicy resolve(ScheduleEntry schedule, ScheduleOverlapPolicy policy) {
    if (policy == SCHEDULE_OVERLAP_POLICY_UNSPECIFIED) {
      policy = schedule.schedule.getPolicies().getOverlapPolicy();
    }
    return policy == SCHEDULE_OVERLAP_POLICY_UNSPECIFIED ? SCHEDULE_OVERLAP_POLICY_SKIP : policy;
  }
}
