package dev.temporalboot.internal.embedded.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Executions that change while they are listed: in two namespaces, started between pages, upserting
 * attributes, starting in bulk during a list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityLiveExecutionsTests {

  private VisibilityServer server;

  @BeforeAll
  void start() {
    this.server = new VisibilityServer("default", "billing");
    this.server.server.registerNamespace("paging");
    this.server.server.registerNamespace("busy");
    this.server.server.registerNamespace("scheduled");
  }

  @AfterAll
  void stop() {
    this.server.close();
  }

  @Test
  void eachNamespaceListsAndCountsOnlyItsOwnExecutions() {
    WorkflowClient defaults = this.server.client("default");
    WorkflowClient billing = this.server.client("billing");
    String defaultRun = complete(defaults, "same-id");
    String billingRun = complete(billing, "same-id");
    start(billing, "billing-only");

    assertThat(runIds(defaults, "WorkflowId = 'same-id'")).containsExactly(defaultRun);
    assertThat(runIds(billing, "WorkflowId = 'same-id'")).containsExactly(billingRun);
    assertThat(runIds(defaults, "WorkflowId = 'billing-only'")).isEmpty();
    assertThat(billing.countWorkflows("").getCount()).isEqualTo(2);
    assertThat(defaults.countWorkflows("WorkflowId STARTS_WITH 'billing'").getCount()).isZero();
  }

  @Test
  void executionsStartedBetweenPagesDoNotShiftLaterPages() {
    WorkflowClient paging = this.server.client("paging");
    for (int i = 1; i <= 5; i++) {
      startInTurn(paging, "page-" + i);
    }
    List<String> before = workflowIds(page(5, ByteString.EMPTY).getExecutionsList());

    ListWorkflowExecutionsResponse first = page(2, ByteString.EMPTY);
    startInTurn(paging, "late-1");
    startInTurn(paging, "late-2");
    List<WorkflowExecutionInfo> paged = new ArrayList<>(first.getExecutionsList());
    ByteString token = first.getNextPageToken();
    while (!token.isEmpty()) {
      ListWorkflowExecutionsResponse next = page(2, token);
      paged.addAll(next.getExecutionsList());
      token = next.getNextPageToken();
    }

    assertThat(before).containsExactly("page-5", "page-4", "page-3", "page-2", "page-1");
    assertThat(workflowIds(paged)).isEqualTo(before);
    assertThat(workflowIds(page(0, ByteString.EMPTY).getExecutionsList()))
        .as("visible at once, newest first")
        .startsWith("late-2", "late-1", "page-5");
  }

  @Test
  void anUpsertByARunningWorkflowShowsInTheNextList() {
    WorkflowClient defaults = this.server.client("default");
    WorkflowStub stub =
        defaults.newUntypedWorkflowStub(
            "Order",
            WorkflowOptions.newBuilder()
                .setTaskQueue("orders")
                .setWorkflowId("upsert-1")
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder().set(VisibilityExecutionSet.COUNT, 1L).build())
                .build());
    stub.start("upsert");
    await().until(() -> defaults.countWorkflows("WorkflowId = 'upsert-1'").getCount() == 1);
    assertThat(defaults.countWorkflows("OrderCount = 42").getCount()).isZero();

    stub.signal("bump");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> defaults.countWorkflows("OrderCount = 42").getCount() == 1);
    WorkflowExecutionMetadata upserted =
        defaults.listExecutions("OrderCount = 42").findFirst().orElseThrow();
    assertThat(upserted.getTypedSearchAttributes().get(VisibilityExecutionSet.COUNT))
        .isEqualTo(42L);
  }

  @Test
  void listsAnswerWhileExecutionsStartInBulk() {
    WorkflowClient busy = this.server.client("busy");
    CompletableFuture<Void> starting =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < 300; i++) {
                start(busy, "bulk-" + i);
              }
            });
    long lists = 0;
    while (!starting.isDone()) {
      assertThat(busy.listExecutions("WorkflowId STARTS_WITH 'bulk-'").count())
          .isLessThanOrEqualTo(300);
      lists++;
    }
    starting.join();

    assertThat(lists).isPositive();
    assertThat(busy.countWorkflows("WorkflowId STARTS_WITH 'bulk-'").getCount()).isEqualTo(300);
  }

  @Test
  void executionsStartedByAScheduleAreFoundByItsAttributes() {
    // The server registers the two schedule attributes itself, as a real cluster has them.
    WorkflowClient scheduled = this.server.client("scheduled");
    WorkflowStub stub =
        scheduled.newUntypedWorkflowStub(
            "Order",
            WorkflowOptions.newBuilder()
                .setTaskQueue("orders")
                .setWorkflowId("nightly-2026-01-01T00:00:00Z")
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(SearchAttributeKey.forKeyword("TemporalScheduledById"), "nightly")
                        .set(
                            SearchAttributeKey.forOffsetDateTime("TemporalScheduledStartTime"),
                            OffsetDateTime.parse("2026-01-01T00:00:00Z"))
                        .build())
                .build());
    stub.start("wait");

    assertThat(
            runIds(
                scheduled,
                "TemporalScheduledById = 'nightly'"
                    + " AND TemporalScheduledStartTime < '2026-01-01T00:00:01Z'"))
        .containsExactly(stub.getExecution().getRunId());
  }

  private ListWorkflowExecutionsResponse page(int size, ByteString token) {
    return this.server
        .stubs
        .blockingStub()
        .listWorkflowExecutions(
            ListWorkflowExecutionsRequest.newBuilder()
                .setNamespace("paging")
                .setPageSize(size)
                .setNextPageToken(token)
                .build());
  }

  private static List<String> workflowIds(List<WorkflowExecutionInfo> executions) {
    return executions.stream().map((info) -> info.getExecution().getWorkflowId()).toList();
  }

  private static List<String> runIds(WorkflowClient client, String query) {
    return client
        .listExecutions(query)
        .map(WorkflowExecutionMetadata::getExecution)
        .map((execution) -> execution.getRunId())
        .toList();
  }

  private static String complete(WorkflowClient client, String id) {
    WorkflowStub stub = start(client, id);
    stub.getResult(String.class);
    return stub.getExecution().getRunId();
  }

  /**
   * Starts an execution one clock tick after the previous one. Start times have millisecond
   * precision and equal ones are ordered by run id (as on a real cluster), so two starts in the
   * same millisecond would not keep the order they were started in.
   */
  private static void startInTurn(WorkflowClient client, String id) {
    start(client, id);
    long startedAt = System.currentTimeMillis();
    await().until(() -> System.currentTimeMillis() > startedAt + 1);
  }

  /** Starts an order that completes; in a namespace without workers it stays running. */
  private static WorkflowStub start(WorkflowClient client, String id) {
    WorkflowStub stub =
        client.newUntypedWorkflowStub(
            "Order", WorkflowOptions.newBuilder().setTaskQueue("orders").setWorkflowId(id).build());
    stub.start("complete");
    return stub;
  }
}
