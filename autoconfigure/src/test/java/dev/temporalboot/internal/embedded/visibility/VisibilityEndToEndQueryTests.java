package dev.temporalboot.internal.embedded.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query language end to end: real executions of every status with custom attributes of every
 * type, listed and counted through the SDK's {@link WorkflowClient}. {@code {StartTime:done-1}} in
 * a query stands for that execution's start time, read with describe.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityEndToEndQueryTests {

  private static final String ALL =
      "can-1 can-1 cancel-1 done-1 fail-1 parent-1 parent-1-child run-1 term-1";

  private static final String CLOSED =
      "can-1 can-1 cancel-1 done-1 fail-1 parent-1 parent-1-child term-1";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+):([\\w-]+)}");

  private VisibilityServer server;

  private WorkflowClient client;

  @BeforeAll
  void startExecutions() {
    this.server = new VisibilityServer("default");
    this.client = this.server.client("default");
    VisibilityExecutionSet.start(this.client);
  }

  @AfterAll
  void stop() {
    this.server.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("queries")
  void queryListsAndCountsTheExpectedExecutions(String template, String expected) {
    String query = resolve(template);
    List<String> listed =
        this.client
            .listExecutions(query)
            .map((execution) -> execution.getExecution().getWorkflowId())
            .sorted()
            .toList();

    assertThat(String.join(" ", listed)).isEqualTo(expected);
    assertThat(this.client.countWorkflows(query).getCount()).isEqualTo(listed.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidQueries")
  void invalidQueryIsRefusedWithTheServersMessage(String query, String message) {
    Throwable listing = catchThrowable(() -> this.client.listExecutions(query).toList());
    Throwable counting = catchThrowable(() -> this.client.countWorkflows(query));

    for (Throwable failure : List.of(listing, counting)) {
      StatusRuntimeException status = status(failure);
      assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(status.getStatus().getDescription()).isEqualTo(message);
    }
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        arguments("", ALL),
        arguments("WorkflowId = 'done-1'", "done-1"),
        arguments(
            "WorkflowId != 'done-1'",
            "can-1 can-1 cancel-1 fail-1 parent-1 parent-1-child run-1 term-1"),
        arguments("WorkflowId IN ('done-1', 'fail-1')", "done-1 fail-1"),
        arguments(
            "WorkflowId NOT IN ('done-1', 'fail-1', 'can-1')",
            "cancel-1 parent-1 parent-1-child run-1 term-1"),
        arguments("WorkflowId STARTS_WITH 'ca'", "can-1 can-1 cancel-1"),
        arguments(
            "WorkflowId NOT STARTS_WITH 'c'", "done-1 fail-1 parent-1 parent-1-child run-1 term-1"),
        arguments("RunId = '{RunId:done-1}'", "done-1"),
        arguments("WorkflowType = 'Order'", "cancel-1 done-1 fail-1 parent-1 run-1 term-1"),
        arguments("WorkflowType = 'Payment'", "parent-1-child"),
        arguments("WorkflowType = 'Shipping' AND ExecutionStatus = 'ContinuedAsNew'", "can-1"),
        arguments("ExecutionStatus = 'Running'", "run-1"),
        arguments("ExecutionStatus = 'Completed'", "can-1 done-1 parent-1 parent-1-child"),
        arguments("ExecutionStatus = 2", "can-1 done-1 parent-1 parent-1-child"),
        arguments("ExecutionStatus = 'Failed'", "fail-1"),
        arguments("ExecutionStatus = 'Terminated'", "term-1"),
        arguments("ExecutionStatus = 'Canceled'", "cancel-1"),
        arguments("ExecutionStatus = 'WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW'", "can-1"),
        arguments("ExecutionStatus != 'Running'", CLOSED),
        arguments(
            "ExecutionStatus IN ('Failed', 'Terminated', 'Canceled')", "cancel-1 fail-1 term-1"),
        arguments("ExecutionStatus = 'TimedOut'", ""),
        arguments("TaskQueue = 'shipping'", "can-1 can-1"),
        arguments(
            "TaskQueue = 'orders'", "cancel-1 done-1 fail-1 parent-1 parent-1-child run-1 term-1"),
        arguments("CloseTime IS NULL", "run-1"),
        arguments("CloseTime IS NOT NULL", CLOSED),
        arguments("ExecutionDuration IS NULL", "run-1"),
        arguments("ExecutionDuration >= 0", CLOSED),
        arguments("ExecutionDuration < '1h'", CLOSED),
        arguments("ExecutionDuration > '1h'", ""),
        arguments("HistoryLength > 0", ALL),
        arguments(
            "HistoryLength >= 5 AND ExecutionStatus = 'Completed'",
            "can-1 done-1 parent-1 parent-1-child"),
        arguments("ParentWorkflowId = 'parent-1'", "parent-1-child"),
        arguments(
            "ParentWorkflowId IS NULL", "can-1 can-1 cancel-1 done-1 fail-1 parent-1 run-1 term-1"),
        arguments("ParentRunId = '{RunId:parent-1}'", "parent-1-child"),
        arguments("RootWorkflowId = 'parent-1'", "parent-1 parent-1-child"),
        arguments("RootRunId IS NOT NULL", ALL),
        arguments("StartTime >= '{StartTime:parent-1}'", "can-1 can-1 parent-1 parent-1-child"),
        arguments("StartTime < '{StartTime:done-1}'", "run-1"),
        arguments(
            "StartTime BETWEEN '{StartTime:done-1}' AND '{StartTime:term-1}'",
            "done-1 fail-1 term-1"),
        arguments("ExecutionTime <= '{StartTime:done-1}'", "done-1 run-1"),
        arguments(
            "CloseTime > '{CloseTime:done-1}'",
            "can-1 can-1 cancel-1 fail-1 parent-1 parent-1-child term-1"),
        arguments("CloseTime < '{CloseTime:done-1}'", ""),
        arguments("CustomerTier = 'gold'", "fail-1 run-1"),
        arguments("`CustomerTier` = \"silver\"", "done-1"),
        arguments("CustomerTier != 'gold'", "done-1 parent-1 term-1"),
        arguments("CustomerTier IN ('silver', 'bronze')", "done-1 term-1"),
        arguments("CustomerTier NOT IN ('gold')", "done-1 parent-1 term-1"),
        arguments("CustomerTier STARTS_WITH 'gold'", "fail-1 parent-1 run-1"),
        arguments("CustomerTier IS NULL", "can-1 can-1 cancel-1 parent-1-child"),
        arguments("CustomerTier IS NOT NULL", "done-1 fail-1 parent-1 run-1 term-1"),
        arguments("CustomerTier > 'gold'", "done-1 parent-1"),
        arguments("CustomerTier BETWEEN 'bronze' AND 'gold'", "fail-1 run-1 term-1"),
        arguments("Notes = 'urgent'", "run-1 term-1"),
        arguments("Notes = 'standard delivery'", "done-1"),
        arguments("Notes != 'urgent'", "done-1"),
        arguments("OrderCount = 3", "run-1"),
        arguments("OrderCount > 1", "fail-1 parent-1 run-1"),
        arguments("OrderCount <= 1", "done-1 term-1"),
        arguments("OrderCount BETWEEN 1 AND 3", "done-1 parent-1 run-1"),
        arguments("OrderCount IN (0, 7)", "fail-1 term-1"),
        arguments("Amount >= 99.5", "fail-1 run-1"),
        arguments("Amount < 0", "term-1"),
        arguments("Amount BETWEEN 10 AND 100", "done-1 run-1"),
        arguments("Vip = true", "run-1 term-1"),
        arguments("Vip = false", "done-1 fail-1"),
        arguments("Vip != true", "done-1 fail-1"),
        arguments("DueAt > '2026-01-04T00:00:00Z'", "run-1"),
        arguments("DueAt <= '2026-01-02T23:00:00Z'", "done-1"),
        arguments("DueAt < '2026-01-02T23:00:00Z'", ""),
        arguments("DueAt IS NOT NULL", "done-1 run-1"),
        arguments("Tags = 'b'", "done-1 run-1"),
        arguments("Tags IN ('a', 'c')", "run-1 term-1"),
        arguments("Tags NOT IN ('b')", "term-1"),
        arguments("Tags != 'a'", "done-1 term-1"),
        arguments(
            "(CustomerTier = 'gold' OR Vip = true) AND ExecutionStatus != 'Running'",
            "fail-1 term-1"),
        arguments(
            "CustomerTier = 'gold' OR Vip = true AND ExecutionStatus = 'Terminated'",
            "fail-1 run-1 term-1"),
        arguments(
            "WorkflowType = 'Order' AND (OrderCount > 2 OR Tags = 'c')", "fail-1 run-1 term-1"),
        arguments(
            "ExecutionStatus = 'Completed' AND ParentWorkflowId IS NULL AND TaskQueue = 'orders'",
            "done-1 parent-1"),
        arguments("CustomIntField IS NULL", ALL),
        arguments("TemporalScheduledById IS NULL", ALL),
        arguments("TemporalChangeVersion IS NOT NULL", ""));
  }

  static Stream<Arguments> invalidQueries() {
    String malformed = "invalid query: malformed SQL query: syntax error at position ";
    String invalid = "invalid query: invalid expression: ";
    String unsupported = "invalid query: operation is not supported: ";
    return Stream.of(
        arguments("WorkflowId = ", malformed + "14 near ''"),
        arguments("(WorkflowId = 'x'", malformed + "18 near ''"),
        arguments("WorkflowId == 'x'", malformed + "13 near '='"),
        arguments("Foo = 'x'", invalid + "column name 'Foo' is not a valid search attribute"),
        arguments(
            "Notes STARTS_WITH 'ur'",
            unsupported
                + "operator 'STARTS_WITH' not supported for Text type search attribute 'Notes'"),
        arguments(
            "Tags < 'a'",
            unsupported
                + "operator '<' not supported for KeywordList type search attribute 'Tags'"),
        arguments(
            "Vip BETWEEN true AND false",
            invalid + "cannot do range condition on search attribute 'Vip' of type Bool"),
        arguments(
            "OrderCount = 'three'",
            invalid
                + "invalid value type for search attribute OrderCount of type Int: \"three\""
                + " (type: string)"),
        arguments(
            "CustomerTier = 5",
            invalid
                + "invalid value type for search attribute CustomerTier of type Keyword: 5"
                + " (type: int64)"),
        arguments("DueAt > 'tomorrow'", invalid + "unable to parse datetime 'tomorrow'"),
        arguments("ExecutionStatus = 'Done'", invalid + "invalid ExecutionStatus value 'Done'"),
        arguments(
            "ExecutionDuration > 'soon'",
            invalid + "invalid duration value for search attribute ExecutionDuration: soon"),
        arguments("WorkflowId = 'x' ORDER BY StartTime DESC", unsupported + "'ORDER BY' clause"),
        arguments(
            "GROUP BY WorkflowType",
            unsupported + "'GROUP BY' clause is not supported for search attribute WorkflowType"));
  }

  private String resolve(String template) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder query = new StringBuilder();
    while (placeholder.find()) {
      WorkflowExecutionMetadata execution =
          this.client.newUntypedWorkflowStub(placeholder.group(2)).describe();
      String value =
          switch (placeholder.group(1)) {
            case "RunId" -> execution.getExecution().getRunId();
            case "StartTime" -> execution.getStartTime().toString();
            case "CloseTime" -> execution.getCloseTime().toString();
            default -> throw new IllegalArgumentException(placeholder.group());
          };
      placeholder.appendReplacement(query, value);
    }
    return placeholder.appendTail(query).toString();
  }

  static StatusRuntimeException status(Throwable failure) {
    Throwable cause = failure;
    while (cause != null && !(cause instanceof StatusRuntimeException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("a gRPC status in %s", failure).isNotNull();
    return (StatusRuntimeException) cause;
  }
}
