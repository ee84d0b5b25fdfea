package dev.temporalboot.sample.loyalty;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

/**
 * Holds the balance in workflow state and continues as new every few events, so the history of an
 * account that lives for years stays short.
 */
@WorkflowImpl(taskQueues = "${sample.orders-queue:orders}")
public class LoyaltyWorkflowImpl implements LoyaltyWorkflow {

  /** Small, so the sample shows it; an account could take hundreds of events per run. */
  static final int EVENTS_PER_RUN = 5;

  private final LoyaltyActivities rewards;

  private String customerId;

  private int carried;

  // Handlers only add to these: a signal can arrive before run() has its argument.
  private int change;

  private int events;

  public LoyaltyWorkflowImpl(LoyaltyActivities rewards) {
    this.rewards = rewards;
  }

  @Override
  public void run(LoyaltyAccount account) {
    this.customerId = account.customerId();
    this.carried = account.points();
    Workflow.await(
        () -> this.events >= EVENTS_PER_RUN || Workflow.getInfo().isContinueAsNewSuggested());
    // A redemption still waiting for its voucher must not be cut off by the new run.
    Workflow.await(Workflow::isEveryHandlerFinished);
    Workflow.continueAsNew(new LoyaltyAccount(this.customerId, points()));
  }

  @Override
  public void earn(PointsEarned earned) {
    this.change += earned.points();
    this.events++;
  }

  @Override
  public int points() {
    return this.carried + this.change;
  }

  @Override
  public void validateRedeem(int points) {
    if (points <= 0) {
      throw new IllegalArgumentException("redeem at least 1 point");
    }
    if (points > points()) {
      throw new IllegalArgumentException(
          "cannot redeem " + points + " points: the balance is " + points());
    }
  }

  @Override
  public Voucher redeem(int points) {
    // Taken before the activity runs, so a second redemption meanwhile cannot spend them again.
    this.change -= points;
    this.events++;
    String code = this.rewards.issueVoucher(Workflow.getInfo().getWorkflowId(), points);
    return new Voucher(code, points, points());
  }
}
