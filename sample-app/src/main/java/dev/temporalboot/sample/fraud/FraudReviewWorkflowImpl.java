package dev.temporalboot.sample.fraud;

import dev.temporalboot.WorkflowImpl;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Waits, durably, for an analyst. Cancelling the calling order cancels this workflow through the
 * Nexus operation; it then ends as cancelled, which the caller waits for. It runs in the fraud
 * team's namespace, started there by {@link FraudServiceImpl}.
 */
@WorkflowImpl(taskQueues = "${sample.fraud-queue:fraud}", namespace = "fraud")
public class FraudReviewWorkflowImpl implements FraudReviewWorkflow {

  private static final Duration WINDOW = Duration.ofDays(1);

  private static final Logger logger = Workflow.getLogger(FraudReviewWorkflowImpl.class);

  private @Nullable ReviewVerdict verdict;

  @Override
  public ReviewVerdict review(Screening screening) {
    logger.info("Order {} waits for an analyst", screening.orderId());
    boolean decided;
    try {
      decided = Workflow.await(WINDOW, () -> this.verdict != null);
    } catch (CanceledFailure cancelled) {
      // The caller's order was cancelled: the Nexus operation cancels this workflow.
      logger.info("Order {}: review cancelled with the order", screening.orderId());
      throw cancelled;
    }
    ReviewVerdict result =
        decided
            ? this.verdict
            : new ReviewVerdict(false, "nobody", "no analyst decided within a day");
    logger.info("Order {}: {}", screening.orderId(), result);
    return result;
  }

  @Override
  public void decide(ReviewVerdict verdict) {
    this.verdict = verdict;
  }

  @Override
  public boolean pending() {
    return this.verdict == null;
  }
}
