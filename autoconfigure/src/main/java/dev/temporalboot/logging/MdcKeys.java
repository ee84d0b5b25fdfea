package dev.temporalboot.logging;

import io.temporal.activity.ActivityInfo;
import io.temporal.workflow.WorkflowInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** The MDC keys Temporal Boot sets in workflow and activity code. */
public final class MdcKeys {

  /** Workflow id of the workflow, or of the workflow that scheduled the activity. */
  public static final String WORKFLOW_ID = "workflowId";

  /** Run id of that workflow. */
  public static final String RUN_ID = "runId";

  /** Workflow type of that workflow. */
  public static final String WORKFLOW_TYPE = "workflowType";

  /** Activity type, in activity code only. */
  public static final String ACTIVITY_TYPE = "activityType";

  /** Task queue the workflow or activity task came from. */
  public static final String TASK_QUEUE = "taskQueue";

  /** Attempt of the workflow run or of the activity, from 1. */
  public static final String ATTEMPT = "attempt";

  private MdcKeys() {}

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
