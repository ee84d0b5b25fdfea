package dev.temporalboot.e2e.tracing;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface TicketWorkflow {

  @WorkflowMethod
  String issue(String trip);
}
