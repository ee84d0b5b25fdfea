package dev.temporalboot.internal.embedded.visibility;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Queries a real cluster rejects, each with the message our server will answer with. */
class VisibilityQueryErrorsTests {

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidQueries")
  void invalidQueryIsRejectedWithItsReason(String query, String message) {
    assertThatExceptionOfType(InvalidQueryException.class)
        .isThrownBy(() -> VisibilityQuery.parse(query, VisibilityQueryExecutions.CUSTOM))
        .withMessage(message);
  }

  static Stream<Arguments> invalidQueries() {
    String malformed = "invalid query: malformed SQL query: syntax error at position ";
    String invalid = "invalid query: invalid expression: ";
    String unsupported = "invalid query: operation is not supported: ";
    return Stream.of(
        arguments("WorkflowId = ", malformed + "14 near ''"),
        arguments("(WorkflowId = 'x'", malformed + "18 near ''"),
        arguments("WorkflowId = 'x' AND", malformed + "21 near ''"),
        arguments("WorkflowId == 'x'", malformed + "13 near '='"),
        arguments("WorkflowId = 'x' 'y'", malformed + "20 near 'y'"),
        arguments("WorkflowId = 'open", malformed + "19 near ''open'"),
        arguments("WorkflowId ~ 'x'", malformed + "12 near '~ 'x''"),
        arguments("Foo = 'x'", invalid + "column name 'Foo' is not a valid search attribute"),
        arguments(
            "workflowid = 'x'",
            invalid + "column name 'workflowid' is not a valid search attribute"),
        arguments(
            "Notes STARTS_WITH 'ur'",
            unsupported
                + "operator 'STARTS_WITH' not supported for Text type search attribute 'Notes'"),
        arguments(
            "Notes > 'a'",
            unsupported + "operator '>' not supported for Text type search attribute 'Notes'"),
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
        arguments(
            "Vip = 'true'",
            invalid
                + "invalid value type for search attribute Vip of type Bool: \"true\""
                + " (type: string)"),
        arguments("StartTime > 'yesterday'", invalid + "unable to parse datetime 'yesterday'"),
        arguments("ExecutionStatus = 'Done'", invalid + "invalid ExecutionStatus value 'Done'"),
        arguments("ExecutionStatus = 99", invalid + "invalid ExecutionStatus value 99"),
        arguments(
            "ExecutionDuration > 'soon'",
            invalid + "invalid duration value for search attribute ExecutionDuration: soon"),
        arguments(
            "WorkflowType = OrderWorkflow",
            unsupported
                + "column name on the right side of comparison expression"
                + " (did you forget to quote \"OrderWorkflow\"?)"),
        arguments("WorkflowId = 'x' ORDER BY StartTime DESC", unsupported + "'ORDER BY' clause"),
        arguments("WorkflowId = 'x' LIMIT 5", unsupported + "'LIMIT' clause"),
        arguments(
            "GROUP BY WorkflowType",
            unsupported + "'GROUP BY' clause is not supported for search attribute WorkflowType"),
        arguments(
            "GROUP BY ExecutionStatus, WorkflowType",
            unsupported + "'GROUP BY' clause supports only a single field"));
  }
}
