package dev.temporalboot.test.app;

import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * A non-deterministic change of {@link RenewalWorkflowImpl}: it charges before waiting. Not
 * registered on any worker; the replay tests check it against histories of the original.
 */
public class ReorderedRenewalWorkflowImpl implements RenewalWorkflow {

  private final BillingActivities billing;

  public ReorderedRenewalWorkflowImpl(BillingActivities billing) {
    this.billing = billing;
  }

  @Override
  public String renew(String subscriptionId, int days) {
    String invoice = this.billing.charge(subscriptionId);
    Workflow.sleep(Duration.ofDays(days));
    this.billing.notifyCustomer(subscriptionId);
    return invoice;
  }
}
