package dev.temporalboot.e2e.nstrace;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.TemporalWorkflows;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the payment workflow with the billing namespace's typed client. */
@Component
@ActivityImpl(taskQueues = "checkout")
public class PaymentRequestsImpl implements PaymentRequests {

  private final TemporalWorkflows billing;

  public PaymentRequestsImpl(@Qualifier("billing") TemporalWorkflows billing) {
    this.billing = billing;
  }

  @Override
  public String requestPayment(String order) {
    return this.billing.newStub(PaymentWorkflow.class, "payment-" + order).pay(order);
  }
}
