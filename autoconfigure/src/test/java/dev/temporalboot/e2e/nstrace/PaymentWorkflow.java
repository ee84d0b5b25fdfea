package dev.temporalboot.e2e.nstrace;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The payment, in the billing namespace. */
@WorkflowInterface
public interface PaymentWorkflow {

  @WorkflowMethod
  String pay(String order);
}
