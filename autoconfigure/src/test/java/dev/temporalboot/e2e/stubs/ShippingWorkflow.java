package dev.temporalboot.e2e.stubs;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface ShippingWorkflow {

  @WorkflowMethod
  String ship(String order);
}
