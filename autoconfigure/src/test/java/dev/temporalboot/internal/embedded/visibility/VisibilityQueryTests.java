package dev.temporalboot.internal.embedded.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The query language table: each query with the executions it matches. */
class VisibilityQueryTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("queries")
  void queryMatchesExpectedExecutions(String query, String expected) {
    VisibilityQuery parsed = VisibilityQuery.parse(query, VisibilityQueryExecutions.CUSTOM);
    String matched =
        VisibilityQueryExecutions.ALL.entrySet().stream()
            .filter((e) -> parsed.matches(e.getValue()))
            .map(Map.Entry::getKey)
            .collect(Collectors.joining(" "));
    assertThat(matched).isEqualTo(expected);
  }

  @Test
  void countGroupsByExecutionStatus() {
    assertThat(VisibilityQuery.parse("GROUP BY ExecutionStatus", Map.of()).groupBy())
        .isEqualTo("ExecutionStatus");
    assertThat(VisibilityQuery.parse("WorkflowId = 'x'", Map.of()).groupBy()).isNull();
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        arguments("", "o1 o2 p1 p2 s1 s2"),
        arguments("   ", "o1 o2 p1 p2 s1 s2"),
        arguments("WorkflowId = 'wf-order-1'", "o1"),
        arguments("WorkflowId = \"wf-order-2\"", "o2"),
        arguments("`WorkflowId` = 'wf-ship-1'", "s1"),
        arguments("WorkflowId = 'WF-ORDER-1'", ""),
        arguments("WorkflowType = 'OrderWorkflow'", "o1 o2"),
        arguments("WorkflowType != 'OrderWorkflow'", "p1 p2 s1 s2"),
        arguments("WorkflowType <> 'OrderWorkflow'", "p1 p2 s1 s2"),
        arguments("ExecutionStatus = 'Running'", "o1"),
        arguments("ExecutionStatus != 'Running'", "o2 p1 p2 s1 s2"),
        arguments("ExecutionStatus = 'WORKFLOW_EXECUTION_STATUS_FAILED'", "p1"),
        arguments("ExecutionStatus = 1", "o1"),
        arguments("ExecutionStatus IN ('Completed', 'ContinuedAsNew')", "o2 s2"),
        arguments("ExecutionStatus not in ('Running','Completed')", "p1 p2 s1 s2"),
        arguments("ExecutionStatus = 'TimedOut'", ""),
        arguments("WorkflowType = 'OrderWorkflow' and ExecutionStatus = 'Running'", "o1"),
        arguments(
            "WorkflowType = 'OrderWorkflow' OR WorkflowType = 'PaymentWorkflow'"
                + " AND ExecutionStatus = 'Failed'",
            "o1 o2 p1"),
        arguments(
            "(WorkflowType = 'OrderWorkflow' OR WorkflowType = 'PaymentWorkflow')"
                + " AND ExecutionStatus = 'Failed'",
            "p1"),
        arguments("((ExecutionStatus = 'Running'))", "o1"),
        arguments("ExecutionStatus in ('Running') Or Vip IS not NULL", "o1 o2 p1 s1"),
        arguments("WorkflowId STARTS_WITH 'wf-pay'", "p1 p2"),
        arguments("WorkflowId NOT STARTS_WITH 'wf-pay'", "o1 o2 s1 s2"),
        arguments("CustomerTier starts_with 'gold'", "o1 p1 s2"),
        arguments("CustomerTier = 'gold'", "o1 p1"),
        arguments("CustomerTier = \"gold\"", "o1 p1"),
        arguments("CustomerTier != 'gold'", "o2 s1 s2"),
        arguments("CustomerTier != 'o\\'brien'", "o1 o2 p1 s1 s2"),
        arguments(
            "CustomerTier != 'it''s' AND CustomerTier != \"say \\\"hi\\\"\"", "o1 o2 p1 s1 s2"),
        arguments("CustomerTier IS NULL", "p2"),
        arguments("CustomerTier IS NOT NULL", "o1 o2 p1 s1 s2"),
        arguments("CustomerTier > 'gold'", "o2 s2"),
        arguments("CustomerTier BETWEEN 'bronze' AND 'gold'", "o1 p1 s1"),
        arguments("CloseTime IS NULL", "o1"),
        arguments("ParentWorkflowId = 'wf-order-1'", "p1"),
        arguments("ParentRunId IS NOT NULL", "p1"),
        arguments("RootWorkflowId IS NULL", "o1 o2 p1 p2 s1 s2"),
        arguments("RunId = 'run-wf-ship-2'", "s2"),
        arguments("Notes = 'urgent'", "o1 s1"),
        arguments("Notes = 'delivery'", "o1 o2"),
        arguments("Notes = 'URGENT delivery'", "o1"),
        arguments("Notes != 'urgent'", "o2"),
        arguments("Notes = 'deliver'", ""),
        arguments("OrderCount = 3", "o1"),
        arguments("OrderCount = 3.0", "o1"),
        arguments("OrderCount > 1", "o1 p1 s2"),
        arguments("OrderCount >= 1", "o1 o2 p1 s2"),
        arguments("OrderCount < 2", "o2 s1"),
        arguments("OrderCount <= 0", "s1"),
        arguments("OrderCount BETWEEN 1 AND 3", "o1 o2 s2"),
        arguments("OrderCount NOT BETWEEN 1 AND 3", "p1 s1"),
        arguments("OrderCount IN (0, 7)", "p1 s1"),
        arguments("Amount > 50", "o1 p1"),
        arguments("Amount < 0", "s1"),
        arguments("Amount = 10", "o2"),
        arguments("Amount BETWEEN 10 AND 100.5", "o1 o2"),
        arguments("Amount >= -1.5", "o1 o2 p1 s1"),
        arguments("Vip = true", "o1 s1"),
        arguments("Vip = FALSE", "o2 p1"),
        arguments("Vip != true", "o2 p1"),
        arguments("DueAt > '2026-01-04T00:00:00Z'", "o1"),
        arguments("DueAt < '2026-01-04T00:00:00+01:00'", "o2"),
        arguments("DueAt = '2026-01-03T00:00:00.000Z'", "o2"),
        arguments("StartTime >= '2026-01-04T00:00:00Z'", "p2 s1 s2"),
        arguments("StartTime BETWEEN '2026-01-02T00:00:00Z' AND '2026-01-03T00:00:00Z'", "o2 p1"),
        arguments("StartTime < 1767312000000000000", "o1"),
        arguments("CloseTime > '2026-01-05T00:00:00Z'", "s1 s2"),
        arguments("ExecutionTime = '2026-01-06T00:00:00Z'", "s2"),
        arguments("ExecutionDuration > '1m'", "p1 p2 s1"),
        arguments("ExecutionDuration < \"30s\"", "s2"),
        arguments("ExecutionDuration = 30000000000", "o2"),
        arguments("ExecutionDuration >= '1d'", "s1"),
        arguments("ExecutionDuration <= '00:02:00'", "o2 p2 s2"),
        arguments("ExecutionDuration BETWEEN '10s' AND '1h30m'", "o2 p1 p2 s2"),
        arguments("HistoryLength > 10", "o1 o2 p1"),
        arguments("HistoryLength IN (2, 5, 8)", "p2 s1 s2"),
        arguments("TaskQueue = 'shipping'", "s1 s2"),
        arguments("Tags = 'b'", "o1 o2"),
        arguments("Tags != 'b'", "s1"),
        arguments("Tags IN ('a', 'c')", "o1 s1"),
        arguments("Tags NOT IN ('a', 'c')", "o2"),
        arguments("Tags IS NULL", "p1 p2 s2"),
        arguments("BuildIds = 'v1'", "o1"),
        arguments("TemporalChangeVersion = 'fix-1'", "s1"),
        arguments("ExecutionStatus = 'Running' GROUP BY ExecutionStatus", "o1"),
        arguments("group by ExecutionStatus", "o1 o2 p1 p2 s1 s2"));
  }
}
