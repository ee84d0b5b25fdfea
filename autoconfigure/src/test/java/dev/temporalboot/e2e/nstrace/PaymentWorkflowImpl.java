package dev.temporalboot.e2e.nstrace;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

@WorkflowImpl(taskQueues = "payments", namespace = "billing")
public class PaymentWorkflowImpl implements PaymentWorkflow {

  private final ChargeActivities charges;

  public PaymentWorkflowImpl(ChargeActivities charges) {
    this.charges = charges;
  }

  @Override
  public String pay(String order) {
    return this.charges.charge(order) + " in " + Workflow.getInfo().getNamespace();
  }
}
