package dev.temporalboot.internal.logging;

import static dev.temporalboot.logging.MdcKeys.ACTIVITY_TYPE;
import static dev.temporalboot.logging.MdcKeys.ATTEMPT;
import static dev.temporalboot.logging.MdcKeys.NEXUS_CALLER_NAMESPACE;
import static dev.temporalboot.logging.MdcKeys.NEXUS_CALLER_WORKFLOW_ID;
import static dev.temporalboot.logging.MdcKeys.NEXUS_ENDPOINT;
import static dev.temporalboot.logging.MdcKeys.NEXUS_OPERATION;
import static dev.temporalboot.logging.MdcKeys.NEXUS_SERVICE;
import static dev.temporalboot.logging.MdcKeys.RUN_ID;
import static dev.temporalboot.logging.MdcKeys.TASK_QUEUE;
import static dev.temporalboot.logging.MdcKeys.WORKFLOW_ID;
import static dev.temporalboot.logging.MdcKeys.WORKFLOW_TYPE;

import io.nexusrpc.handler.OperationContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.nexus.NexusOperationInfo;
import io.temporal.workflow.WorkflowInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The MDC entries of a workflow, an activity or a Nexus handler, under the keys of {@code MdcKeys}.
 */
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

  static Map<String, String> of(NexusOperationInfo info, OperationContext context) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(NEXUS_SERVICE, context.getService());
    entries.put(NEXUS_OPERATION, context.getOperation());
    String endpoint = info.getEndpoint();
    if (endpoint != null && !endpoint.isEmpty()) {
      entries.put(NEXUS_ENDPOINT, endpoint);
    }
    entries.put(TASK_QUEUE, info.getTaskQueue());
    return entries;
  }

  static Map<String, String> withCaller(Map<String, String> entries, NexusCaller caller) {
    Map<String, String> withCaller = new LinkedHashMap<>(entries);
    withCaller.put(NEXUS_CALLER_WORKFLOW_ID, caller.workflowId());
    withCaller.put(NEXUS_CALLER_NAMESPACE, caller.namespace());
    return withCaller;
  }
}
