package dev.temporalboot.internal.logging;

import static dev.temporalboot.logging.MdcKeys.ACTIVITY_TYPE;
import static dev.temporalboot.logging.MdcKeys.ATTEMPT;
import static dev.temporalboot.logging.MdcKeys.RUN_ID;
import static dev.temporalboot.logging.MdcKeys.TASK_QUEUE;
import static dev.temporalboot.logging.MdcKeys.WORKFLOW_ID;
import static dev.temporalboot.logging.MdcKeys.WORKFLOW_TYPE;

import io.temporal.activity.ActivityInfo;
import io.temporal.workflow.WorkflowInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** The MDC entries of a workflow or an activity, under the keys of {@code MdcKeys}. */
final class MdcEntries {

  private MdcEntries() {}

  static Map<String, String> of(WorkflowInfo info) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(WORKFLOW_ID, info.getWorkflowId());
    entries.put(RUN_ID, info.getRunId());
    entries.put(WORKFLOW_TYPE, info.getWorkflowType());
    entries.put(TASK_QUEUE, info.getTaskQueue());
    entries.put(ATTEMPT, Integer.toString(info.getAttempt()));
    return entries;
  }

  static Map<String, String> of(ActivityInfo info) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(WORKFLOW_ID, info.getWorkflowId());
    entries.put(RUN_ID, info.getRunId());
    entries.put(WORKFLOW_TYPE, info.getWorkflowType());
    entries.put(ACTIVITY_TYPE, info.getActivityType());
    entries.put(TASK_QUEUE, info.getActivityTaskQueue());
    entries.put(ATTEMPT, Integer.toString(info.getAttempt()));
    return entries;
  }
}
