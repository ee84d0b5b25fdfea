package dev.temporalboot.e2e.nstrace;

import dev.temporalboot.WorkflowImpl;

@WorkflowImpl(taskQueues = "checkout")
public class CheckoutWorkflowImpl implements CheckoutWorkflow {

  private final PaymentRequests payments;

  public CheckoutWorkflowImpl(PaymentRequests payments) {
    this.payments = payments;
  }

  @Override
  public String checkout(String order) {
    return "checked out, " + this.payments.requestPayment(order);
  }
}
