package dev.temporalboot.e2e.proxy;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface ChargeWorkflow {

  @WorkflowMethod
  boolean charge(String orderId);
}
