package dev.temporalboot.test.app;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface RenewalWorkflow {

  /** Waits for the subscription to run out, then renews it. */
  @WorkflowMethod
  String renew(String subscriptionId, int days);
}
