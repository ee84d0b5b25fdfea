package dev.temporalboot.internal.embedded;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Durations;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an open workflow's history says it waits for: a pending workflow task, and the times at
 * which its started timers fire or its delayed first workflow task (cron, start delay) is due.
 */
record WorkflowHistoryDue(boolean workflowTaskPending, List<Instant> dueTimes) {

  static WorkflowHistoryDue of(List<HistoryEvent> events) {
    boolean pending = false;
    boolean anyTask = false;
    Instant delayedStart = null;
    Map<Long, Instant> timers = new HashMap<>();
    for (HistoryEvent event : events) {
      switch (event.getEventType()) {
        case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> {
          var started = event.getWorkflowExecutionStartedEventAttributes();
          if (started.hasFirstWorkflowTaskBackoff()
              && Durations.toMillis(started.getFirstWorkflowTaskBackoff()) > 0) {
            delayedStart =
                instant(event.getEventTime())
                    .plusMillis(Durations.toMillis(started.getFirstWorkflowTaskBackoff()));
          }
        }
        case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED -> {
          pending = true;
          anyTask = true;
        }
        case EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
            EVENT_TYPE_WORKFLOW_TASK_FAILED,
            EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT ->
            pending = false;
        case EVENT_TYPE_TIMER_STARTED ->
            timers.put(
                event.getEventId(),
                instant(event.getEventTime())
                    .plusMillis(
                        Durations.toMillis(
                            event.getTimerStartedEventAttributes().getStartToFireTimeout())));
        case EVENT_TYPE_TIMER_FIRED ->
            timers.remove(event.getTimerFiredEventAttributes().getStartedEventId());
        case EVENT_TYPE_TIMER_CANCELED ->
            timers.remove(event.getTimerCanceledEventAttributes().getStartedEventId());
        default -> {}
      }
    }
    List<Instant> due = new ArrayList<>(timers.values());
    if (delayedStart != null && !anyTask) {
      due.add(delayedStart);
    }
    return new WorkflowHistoryDue(pending, List.copyOf(due));
  }

  static Instant instant(Timestamp time) {
    return Instant.ofEpochSecond(time.getSeconds(), time.getNanos());
  }
}
