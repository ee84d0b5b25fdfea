package dev.temporalboot.sample.fraud;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** An analyst's review of one order; the fraud team's {@code review} operation starts it. */
@WorkflowInterface
public interface FraudReviewWorkflow {

  static String workflowId(String orderId) {
    return "fraud-review-" + orderId;
  }

  @WorkflowMethod
  ReviewVerdict review(Screening screening);

  /** The analyst's decision, e.g. from the fraud team's back office. */
  @SignalMethod
  void decide(ReviewVerdict verdict);

  /** Whether the review is still waiting for an analyst. */
  @QueryMethod
  boolean pending();
}
