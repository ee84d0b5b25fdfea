package dev.temporalboot.sample.order;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.test.WorkflowReplays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recorded orders replay on the current code, so a change that would break orders in flight fails
 * the build. The history (a local activity, activities, a child workflow and an external signal)
 * was recorded with {@code WorkflowHistories.save} and committed.
 */
class OrderReplayTests extends SampleHttpTests {

  @Autowired WorkflowReplays replays;

  @Test
  void recordedOrdersReplayOnTheCurrentWorkflowCode() {
    this.replays.assertReplays(OrderWorkflowImpl.class, "classpath:histories/order-*.json");
  }
}
