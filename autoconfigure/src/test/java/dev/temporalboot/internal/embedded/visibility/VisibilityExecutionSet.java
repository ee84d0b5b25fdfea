package dev.temporalboot.internal.embedded.visibility;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Nine executions, started one after another so their times are ordered: run-1 (running), done-1
 * (completed), fail-1 (failed), term-1 (terminated), cancel-1 (canceled), parent-1 and its child
 * parent-1-child (completed), can-1 (a continued-as-new run and its completed successor).
 */
final class VisibilityExecutionSet {

  static final SearchAttributeKey<String> TIER = SearchAttributeKey.forKeyword("CustomerTier");

  static final SearchAttributeKey<String> NOTES = SearchAttributeKey.forText("Notes");

  static final SearchAttributeKey<Long> COUNT = SearchAttributeKey.forLong("OrderCount");

  static final SearchAttributeKey<Double> AMOUNT = SearchAttributeKey.forDouble("Amount");

  static final SearchAttributeKey<Boolean> VIP = SearchAttributeKey.forBoolean("Vip");

  static final SearchAttributeKey<OffsetDateTime> DUE =
      SearchAttributeKey.forOffsetDateTime("DueAt");

  static final SearchAttributeKey<List<String>> TAGS = SearchAttributeKey.forKeywordList("Tags");

  private VisibilityExecutionSet() {}

  static void start(WorkflowClient client) {
    order(
        client,
        "run-1",
        SearchAttributes.newBuilder()
            .set(TIER, "gold")
            .set(NOTES, "Urgent delivery to Berlin")
            .set(COUNT, 3L)
            .set(AMOUNT, 99.5)
            .set(VIP, true)
            .set(DUE, OffsetDateTime.parse("2026-01-05T00:00:00Z"))
            .set(TAGS, List.of("a", "b"))
            .build(),
        "wait");
    order(
            client,
            "done-1",
            SearchAttributes.newBuilder()
                .set(TIER, "silver")
                .set(NOTES, "standard delivery")
                .set(COUNT, 1L)
                .set(AMOUNT, 10.0)
                .set(VIP, false)
                .set(DUE, OffsetDateTime.parse("2026-01-03T00:00:00+01:00"))
                .set(TAGS, List.of("b"))
                .build(),
            "complete")
        .getResult(String.class);
    WorkflowStub failing =
        order(
            client,
            "fail-1",
            SearchAttributes.newBuilder()
                .set(TIER, "gold")
                .set(COUNT, 7L)
                .set(AMOUNT, 250.25)
                .set(VIP, false)
                .build(),
            "fail");
    assertThatThrownBy(() -> failing.getResult(String.class))
        .isInstanceOf(WorkflowFailedException.class);
    WorkflowStub terminated =
        order(
            client,
            "term-1",
            SearchAttributes.newBuilder()
                .set(TIER, "bronze")
                .set(NOTES, "urgent, fragile")
                .set(COUNT, 0L)
                .set(AMOUNT, -1.5)
                .set(VIP, true)
                .set(TAGS, List.of("c"))
                .build(),
            "wait");
    terminated.terminate("test");
    nextMillisecond();
    WorkflowStub canceled = order(client, "cancel-1", SearchAttributes.EMPTY, "wait");
    canceled.cancel();
    assertThatThrownBy(() -> canceled.getResult(String.class))
        .isInstanceOf(WorkflowFailedException.class);
    order(
            client,
            "parent-1",
            SearchAttributes.newBuilder().set(TIER, "goldfish").set(COUNT, 2L).build(),
            "child")
        .getResult(String.class);
    WorkflowStub shipping =
        client.newUntypedWorkflowStub(
            "Shipping",
            WorkflowOptions.newBuilder().setTaskQueue("shipping").setWorkflowId("can-1").build());
    shipping.start(0);
    shipping.getResult(String.class);
  }

  private static WorkflowStub order(
      WorkflowClient client, String id, SearchAttributes attributes, String behaviour) {
    WorkflowStub stub =
        client.newUntypedWorkflowStub(
            "Order",
            WorkflowOptions.newBuilder()
                .setTaskQueue("orders")
                .setWorkflowId(id)
                .setTypedSearchAttributes(attributes)
                .setMemo(Map.of("team", "billing", "id", id))
                .build());
    stub.start(behaviour);
    nextMillisecond();
    return stub;
  }

  /**
   * Times have millisecond precision and ties are ordered by run id, so each start waits for the
   * clock to move on: the order the executions were started in is the order the tests expect.
   */
  private static void nextMillisecond() {
    long now = System.currentTimeMillis();
    while (System.currentTimeMillis() <= now + 1) {
      Thread.onSpinWait();
    }
  }
}
