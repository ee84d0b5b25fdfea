package dev.temporalboot.internal.embedded.cron;

import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schedules as clients wrote them, by namespace and workflow id, for the five plain fields the
 * test server got instead, so that histories (and so a workflow's {@code getCronSchedule()}) show
 * what was written.
 */
final class CronScheduleNames {

  private final Map<String, String> written = new ConcurrentHashMap<>();

  /**
   * Rewrites a workflow's schedule into five plain UTC fields and remembers what was written.
   *
   * @throws io.grpc.StatusRuntimeException INVALID_ARGUMENT when it cannot run
   */
  String rewrite(String namespace, String workflowId, String schedule) {
    String fiveFields = FiveFieldCron.rewrite(schedule);
    String key = key(namespace, workflowId, fiveFields);
    if (workflowId.isEmpty()) {
      return fiveFields; // continue-as-new: the command does not name the workflow
    }
    if (fiveFields.equals(schedule)) {
      this.written.remove(key);
    } else {
      this.written.put(key, schedule);
    }
    return fiveFields;
  }

  /** Returns the history with each workflow's schedule as it was written. */
  History restore(String namespace, String workflowId, History history) {
    if (this.written.isEmpty() || history.getEventsList().stream().noneMatch(this::carriesCron)) {
      return history;
    }
    History.Builder restored = history.toBuilder();
    for (HistoryEvent.Builder event : restored.getEventsBuilderList()) {
      if (event.hasWorkflowExecutionStartedEventAttributes()) {
        var started = event.getWorkflowExecutionStartedEventAttributesBuilder();
        started.setCronSchedule(written(namespace, workflowId, started.getCronSchedule()));
      } else if (event.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
        var child = event.getStartChildWorkflowExecutionInitiatedEventAttributesBuilder();
        String childNamespace = child.getNamespace().isEmpty() ? namespace : child.getNamespace();
        child.setCronSchedule(
            written(childNamespace, child.getWorkflowId(), child.getCronSchedule()));
      }
    }
    return restored.build();
  }

  private boolean carriesCron(HistoryEvent event) {
    return !event.getWorkflowExecutionStartedEventAttributes().getCronSchedule().isEmpty()
        || !event
            .getStartChildWorkflowExecutionInitiatedEventAttributes()
            .getCronSchedule()
            .isEmpty();
  }

  private String written(String namespace, String workflowId, String fiveFields) {
    return this.written.getOrDefault(key(namespace, workflowId, fiveFields), fiveFields);
  }

  private static String key(String namespace, String workflowId, String fiveFields) {
    return namespace + '\n' + workflowId + '\n' + fiveFields;
  }
}
