package dev.temporalboot.sample.order;

import dev.temporalboot.sample.loyalty.LoyaltyWorkflow;
import dev.temporalboot.sample.loyalty.PointsEarned;
import io.temporal.api.enums.v1.SignalExternalWorkflowExecutionFailedCause;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;

/** Workflow code that credits an order's points by signalling the customer's loyalty account. */
final class LoyaltyCredit {

  private static final long CENTS_PER_POINT = 100;

  private static final SignalExternalWorkflowExecutionFailedCause NOT_FOUND =
      SignalExternalWorkflowExecutionFailedCause
          .SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED_CAUSE_EXTERNAL_WORKFLOW_EXECUTION_NOT_FOUND;

  private LoyaltyCredit() {}

  /** Signals the account by workflow id and returns the points, or 0 when there is no account. */
  static int credit(String customerId, String orderId, long chargedCents) {
    int points = (int) (chargedCents / CENTS_PER_POINT);
    LoyaltyWorkflow account =
        Workflow.newExternalWorkflowStub(
            LoyaltyWorkflow.class, LoyaltyWorkflow.workflowId(customerId));
    try {
      account.earn(new PointsEarned(points, "order " + orderId));
      return points;
    } catch (ApplicationFailure failure) {
      if (!NOT_FOUND.name().equals(failure.getType())) {
        throw failure;
      }
      // Not every customer has joined the loyalty programme; the order completes all the same.
      return 0;
    }
  }
}
