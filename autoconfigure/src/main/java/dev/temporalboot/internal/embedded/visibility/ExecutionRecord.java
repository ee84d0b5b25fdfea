package dev.temporalboot.internal.embedded.visibility;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import java.util.Map;

/**
 * One execution as visibility lists it: the info a real cluster returns, the attribute values
 * queries filter on, and its place in the list order.
 */
record ExecutionRecord(WorkflowExecutionInfo info, Map<String, Object> attributes, PageToken key) {

  boolean isOpen() {
    return info.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
  }
}
