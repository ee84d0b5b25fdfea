package dev.temporalboot.logging;

/**
 * The MDC keys Temporal Boot sets in workflow and activity code and in Nexus operation handlers.
 */
public final class MdcKeys {

  /** Workflow id of the workflow, or of the workflow that scheduled the activity. */
  public static final String WORKFLOW_ID = "workflowId";

  /** Run id of that workflow. */
  public static final String RUN_ID = "runId";

  /** Workflow type of that workflow. */
  public static final String WORKFLOW_TYPE = "workflowType";

  /** Activity type, in activity code only. */
  public static final String ACTIVITY_TYPE = "activityType";

  /** Task queue the workflow, activity or Nexus task came from. */
  public static final String TASK_QUEUE = "taskQueue";

  /** Attempt of the workflow run or of the activity, from 1. */
  public static final String ATTEMPT = "attempt";

  /** Nexus service name, in a Nexus operation handler's start and cancel only. */
  public static final String NEXUS_SERVICE = "nexusService";

  /** Nexus operation name, in a Nexus operation handler's start and cancel only. */
  public static final String NEXUS_OPERATION = "nexusOperation";

  /** Nexus endpoint the request came through, in a Nexus operation handler, when known. */
  public static final String NEXUS_ENDPOINT = "nexusEndpoint";

  /**
   * Workflow id of the workflow that called the Nexus operation, in a handler's start only, when
   * the request links to it (Temporal callers do).
   */
  public static final String NEXUS_CALLER_WORKFLOW_ID = "nexusCallerWorkflowId";

  /**
   * Namespace of the workflow that called the Nexus operation, in a handler's start only, when the
   * request links to it.
   */
  public static final String NEXUS_CALLER_NAMESPACE = "nexusCallerNamespace";

  private MdcKeys() {}
}
