package dev.temporalboot.internal.embedded.visibility;

import static dev.temporalboot.internal.embedded.visibility.VisibilityEndToEndQueryTests.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesResponse;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.ScanWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ScanWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionCount;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What a list returns, in which order, and how it counts, over one set of real executions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityListTests {

  private VisibilityServer server;

  private WorkflowClient client;

  private WorkflowServiceBlockingStub blocking;

  @BeforeAll
  void startExecutions() {
    this.server = new VisibilityServer("default");
    this.client = this.server.client("default");
    this.blocking = this.server.stubs.blockingStub();
    VisibilityExecutionSet.start(this.client);
  }

  @AfterAll
  void stop() {
    this.server.close();
  }

  @Test
  void runningExecutionCarriesMemoSearchAttributesAndTimes() {
    WorkflowExecutionMetadata running = only("WorkflowId = 'run-1'");

    assertThat(running.getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    assertThat(running.getWorkflowType()).isEqualTo("Order");
    assertThat(running.getTaskQueue()).isEqualTo("orders");
    assertThat(running.getMemo("team", String.class)).isEqualTo("billing");
    assertThat(running.getTypedSearchAttributes().get(VisibilityExecutionSet.TIER))
        .isEqualTo("gold");
    assertThat(running.getTypedSearchAttributes().get(VisibilityExecutionSet.COUNT)).isEqualTo(3L);
    assertThat(running.getTypedSearchAttributes().get(VisibilityExecutionSet.TAGS))
        .containsExactly("a", "b");
    assertThat(running.getTypedSearchAttributes().get(VisibilityExecutionSet.DUE))
        .isEqualTo(OffsetDateTime.parse("2026-01-05T00:00:00Z"));
    assertThat(running.getStartTime()).isNotNull();
    assertThat(running.getExecutionTime()).isEqualTo(running.getStartTime());
    assertThat(running.getCloseTime()).isNull();
    assertThat(running.getRootExecution().getWorkflowId()).isEqualTo("run-1");
    assertThat(running.getParentExecution()).isNull();
  }

  @Test
  void closedExecutionCarriesCloseTimeDurationAndHistoryLength() {
    WorkflowExecutionMetadata done = only("WorkflowId = 'done-1'");

    assertThat(done.getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(done.getCloseTime()).isAfterOrEqualTo(done.getStartTime());
    assertThat(done.getExecutionDuration())
        .isEqualTo(Duration.between(done.getExecutionTime(), done.getCloseTime()));
    assertThat(done.getHistoryLength()).isGreaterThanOrEqualTo(5);
    assertThat(done.getMemo("id", String.class)).isEqualTo("done-1");
  }

  @Test
  void childCarriesItsParentAndRoot() {
    WorkflowExecutionMetadata parent = only("WorkflowId = 'parent-1'");
    WorkflowExecutionMetadata child = only("WorkflowId = 'parent-1-child'");

    assertThat(child.getWorkflowType()).isEqualTo("Payment");
    assertThat(child.getParentExecution()).isEqualTo(parent.getExecution());
    assertThat(child.getRootExecution()).isEqualTo(parent.getExecution());
  }

  @Test
  void listIsNewestFirstWithOpenExecutionsFirst() {
    List<WorkflowExecutionMetadata> all = this.client.listExecutions("").toList();

    assertThat(all)
        .extracting((execution) -> execution.getExecution().getWorkflowId())
        .containsExactly(
            "run-1",
            "can-1",
            "can-1",
            "parent-1",
            "parent-1-child",
            "cancel-1",
            "term-1",
            "fail-1",
            "done-1");
    assertThat(all.get(1).getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(all.get(2).getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW);
  }

  @Test
  void pagesFollowEachOtherToTheLastOneWhichHasNoToken() {
    List<WorkflowExecutionInfo> whole = page(0, ByteString.EMPTY).getExecutionsList();
    List<ListWorkflowExecutionsResponse> pages = new ArrayList<>();
    ByteString token = ByteString.EMPTY;
    do {
      ListWorkflowExecutionsResponse next = page(2, token);
      pages.add(next);
      token = next.getNextPageToken();
    } while (!token.isEmpty());

    assertThat(whole).hasSize(9);
    assertThat(pages).hasSize(5);
    assertThat(pages.stream().map(ListWorkflowExecutionsResponse::getExecutionsCount))
        .containsExactly(2, 2, 2, 2, 1);
    assertThat(pages.stream().flatMap((page) -> page.getExecutionsList().stream()))
        .containsExactlyElementsOf(whole);
    assertThat(page(9, ByteString.EMPTY).getNextPageToken()).isEmpty();
  }

  @Test
  void scanPagesAsListDoes() {
    ScanWorkflowExecutionsResponse first =
        this.blocking.scanWorkflowExecutions(
            ScanWorkflowExecutionsRequest.newBuilder()
                .setNamespace("default")
                .setPageSize(4)
                .setQuery("ExecutionStatus != 'Running'")
                .build());
    ScanWorkflowExecutionsResponse rest =
        this.blocking.scanWorkflowExecutions(
            ScanWorkflowExecutionsRequest.newBuilder()
                .setNamespace("default")
                .setPageSize(4)
                .setQuery("ExecutionStatus != 'Running'")
                .setNextPageToken(first.getNextPageToken())
                .build());

    assertThat(first.getExecutionsList())
        .containsExactlyElementsOf(page(0, ByteString.EMPTY).getExecutionsList().subList(1, 5));
    assertThat(rest.getExecutionsList())
        .containsExactlyElementsOf(page(0, ByteString.EMPTY).getExecutionsList().subList(5, 9));
    assertThat(rest.getNextPageToken()).isEmpty();
  }

  @Test
  void aTokenThisServerDidNotWriteIsRefused() {
    Throwable failure = catchThrowable(() -> page(2, ByteString.copyFromUtf8("not a token")));

    assertThat(status(failure).getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(status(failure).getStatus().getDescription())
        .isEqualTo("unable to deserialize page token");
  }

  @Test
  void countGroupsByExecutionStatusLargestGroupFirst() {
    WorkflowExecutionCount count = this.client.countWorkflows("GROUP BY ExecutionStatus");

    assertThat(count.getCount()).isEqualTo(9);
    assertThat(count.getGroups())
        .extracting((group) -> group.getGroupValues().get(0) + "=" + group.getCount())
        .containsExactly(
            "[Completed]=4",
            "[Canceled]=1",
            "[ContinuedAsNew]=1",
            "[Failed]=1",
            "[Running]=1",
            "[Terminated]=1");
  }

  @Test
  void countGroupValuesArePayloadsAsARealClusterSendsThem() {
    CountWorkflowExecutionsResponse count =
        this.blocking.countWorkflowExecutions(
            CountWorkflowExecutionsRequest.newBuilder()
                .setNamespace("default")
                .setQuery("WorkflowType = 'Order' GROUP BY ExecutionStatus")
                .build());

    assertThat(count.getCount()).isEqualTo(6);
    assertThat(count.getGroups(0).getCount()).isEqualTo(2);
    Payload value = count.getGroups(0).getGroupValues(0);
    assertThat(value.getData().toString(StandardCharsets.UTF_8)).isEqualTo("\"Completed\"");
    assertThat(value.getMetadataMap().get("encoding").toStringUtf8()).isEqualTo("json/plain");
    assertThat(value.getMetadataMap().get("type").toStringUtf8()).isEqualTo("Keyword");
  }

  @Test
  void groupByOnAListIsRefused() {
    Throwable failure =
        catchThrowable(() -> this.client.listExecutions("GROUP BY ExecutionStatus").toList());

    assertThat(status(failure).getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(status(failure).getStatus().getDescription())
        .isEqualTo("invalid query: operation is not supported: 'GROUP BY' clause");
  }

  @Test
  void operatorListsRegisteredAndSystemSearchAttributes() {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(this.server.server.getTarget())
                .validateAndBuildWithDefaults());
    try {
      ListSearchAttributesResponse attributes =
          operator
              .blockingStub()
              .listSearchAttributes(
                  ListSearchAttributesRequest.newBuilder().setNamespace("default").build());

      assertThat(attributes.getCustomAttributesMap())
          .containsEntry("CustomerTier", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .containsEntry("Tags", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST)
          .doesNotContainKey("TemporalChangeVersion");
      assertThat(attributes.getSystemAttributesMap())
          .containsEntry("ExecutionStatus", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
          .containsEntry("TemporalScheduledById", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    } finally {
      operator.shutdownNow();
    }
  }

  private WorkflowExecutionMetadata only(String query) {
    List<WorkflowExecutionMetadata> listed = this.client.listExecutions(query).toList();
    assertThat(listed).hasSize(1);
    return listed.get(0);
  }

  private ListWorkflowExecutionsResponse page(int size, ByteString token) {
    return this.blocking.listWorkflowExecutions(
        ListWorkflowExecutionsRequest.newBuilder()
            .setNamespace("default")
            .setPageSize(size)
            .setNextPageToken(token)
            .build());
  }
}
