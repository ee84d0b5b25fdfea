package dev.temporalboot.test.app;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "renewals")
public class RenewalWorkflowImpl implements RenewalWorkflow {

  private final BillingActivities billing;

  public RenewalWorkflowImpl(BillingActivities billing) {
    this.billing = billing;
  }

  @Override
  public String renew(String subscriptionId, int days) {
    Workflow.sleep(Duration.ofDays(days));
    String invoice = this.billing.charge(subscriptionId);
    this.billing.notifyCustomer(subscriptionId);
    return invoice;
  }
}
