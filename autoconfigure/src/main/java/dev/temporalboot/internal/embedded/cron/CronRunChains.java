package dev.temporalboot.internal.embedded.cron;

import io.temporal.api.enums.v1.ContinueAsNewInitiator;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The runs of the cron workflows timed here and which one follows which, so that their histories
 * show the cron schedule as the initiator of the continue-as-new that links two runs, as a real
 * cluster's do.
 */
final class CronRunChains {

  /** Each run's started event, by run id. */
  private final Map<String, HistoryEvent> runs = new ConcurrentHashMap<>();

  /** The runs closed for the next cron run. */
  private final Set<String> closedRuns = ConcurrentHashMap.newKeySet();

  /** The runs that followed them. */
  private final Set<String> nextRuns = ConcurrentHashMap.newKeySet();

  /** Notes a run's started event, and the run as the next one when it follows a closed run. */
  void started(String runId, HistoryEvent event) {
    this.runs.put(runId, event);
    String previous =
        event.getWorkflowExecutionStartedEventAttributes().getContinuedExecutionRunId();
    if (this.closedRuns.contains(previous)) {
      this.nextRuns.add(runId);
      this.runs.remove(previous); // kept until now for a completion the server refused
    }
  }

  /** Returns a run's started event, or null for a run not seen. */
  @Nullable HistoryEvent started(String runId) {
    return this.runs.get(runId);
  }

  /** Notes a run closed for the next cron run. */
  void closed(String runId) {
    this.closedRuns.add(runId);
  }

  /**
   * Returns the history with the schedule as written on the started event, and the cron schedule as
   * the initiator of the continue-as-new events between two runs.
   */
  History restore(History history, String written) {
    History.Builder restored = history.toBuilder();
    for (HistoryEvent.Builder event : restored.getEventsBuilderList()) {
      if (event.hasWorkflowExecutionStartedEventAttributes()) {
        var started = event.getWorkflowExecutionStartedEventAttributesBuilder();
        started.setCronSchedule(written);
        if (this.closedRuns.contains(started.getContinuedExecutionRunId())) {
          started.setInitiator(ContinueAsNewInitiator.CONTINUE_AS_NEW_INITIATOR_CRON_SCHEDULE);
        }
      } else if (event.hasWorkflowExecutionContinuedAsNewEventAttributes()) {
        var closed = event.getWorkflowExecutionContinuedAsNewEventAttributesBuilder();
        if (this.nextRuns.contains(closed.getNewExecutionRunId())) {
          closed.setInitiator(ContinueAsNewInitiator.CONTINUE_AS_NEW_INITIATOR_CRON_SCHEDULE);
        }
      }
    }
    return restored.build();
  }
}
