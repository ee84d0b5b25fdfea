package dev.temporalboot.sample.loyalty;

import dev.temporalboot.ActivityImpl;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import org.springframework.stereotype.Component;

/** Issues vouchers into the {@link Vouchers} bean. */
@Component
@ActivityImpl(taskQueues = "${sample.orders-queue:orders}")
public class LoyaltyActivitiesImpl implements LoyaltyActivities {

  private final Vouchers vouchers;

  public LoyaltyActivitiesImpl(Vouchers vouchers) {
    this.vouchers = vouchers;
  }

  @Override
  public String issueVoucher(String account, int points) {
    // Stable across retries of this activity, so a retry does not issue a second voucher.
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    String requestId = info.getRunId() + "/" + info.getActivityId();
    return this.vouchers.issue(requestId, points);
  }
}
