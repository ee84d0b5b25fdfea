package dev.temporalboot.e2e.proxy;

import dev.temporalboot.WorkflowImpl;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "payments")
public class ChargeWorkflowImpl implements ChargeWorkflow {

  private final PaymentActivities payments =
      Workflow.newActivityStub(
          PaymentActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  @Override
  public boolean charge(String orderId) {
    return this.payments.charge(orderId);
  }
}
