package dev.temporalboot.sample.loyalty;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A customer's loyalty account: one long-running workflow per customer, {@code loyalty-<id>}. */
@WorkflowInterface
public interface LoyaltyWorkflow {

  /** Keeps the account; it never ends on its own, it continues as new with its balance. */
  @WorkflowMethod
  void run(LoyaltyAccount account);

  /** Credits points; orders send it when they complete. */
  @SignalMethod
  void earn(PointsEarned earned);

  @QueryMethod
  int points();

  /** Turns points into a voucher, and answers with it. */
  @UpdateMethod
  Voucher redeem(int points);

  /** Rejects a redemption before it enters the history: at least 1 point, at most the balance. */
  @UpdateValidatorMethod(updateName = "redeem")
  void validateRedeem(int points);

  static String workflowId(String customerId) {
    return "loyalty-" + customerId;
  }
}
