package dev.temporalboot.e2e.nstrace;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The caller, in the primary namespace: pays an order in the billing namespace. */
@WorkflowInterface
public interface CheckoutWorkflow {

  @WorkflowMethod
  String checkout(String order);
}
