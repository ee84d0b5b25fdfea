package dev.temporalboot.sample.loyalty;

import io.temporal.activity.ActivityInterface;

/** Rewards outside the workflow. */
@ActivityInterface
public interface LoyaltyActivities {

  /** Issues a voucher worth {@code points} and returns its code. */
  String issueVoucher(String account, int points);
}
