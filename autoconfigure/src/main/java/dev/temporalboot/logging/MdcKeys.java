package dev.temporalboot.logging;

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
}
