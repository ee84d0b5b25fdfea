package dev.temporalboot.internal.embedded.schedule;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;

/**
 * How a workflow a schedule started closed.
 *
 * @param status its final status
 * @param failureMessage the failure's message when it failed, else empty
 */
record WorkflowClose(WorkflowExecutionStatus status, String failureMessage) {}
