package dev.temporalboot.sample.web;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An order workflow's status as the API shows it, and its name in a visibility query. */
enum OrderStatus {
  RUNNING("Running"),
  COMPLETED("Completed"),
  FAILED("Failed"),
  CANCELED("Canceled"),
  TERMINATED("Terminated"),
  CONTINUED_AS_NEW("ContinuedAsNew"),
  TIMED_OUT("TimedOut");

  /** The value {@code ExecutionStatus} takes in a query, and gives back in a count's groups. */
  final String executionStatus;

  OrderStatus(String executionStatus) {
    this.executionStatus = executionStatus;
  }

  static OrderStatus of(WorkflowExecutionStatus status) {
    return valueOf(status.name().replace("WORKFLOW_EXECUTION_STATUS_", ""));
  }

  /** The status a request parameter names, in any case: {@code running}, {@code timed_out}... */
  static OrderStatus parse(String parameter) {
    return Arrays.stream(values())
        .filter((status) -> status.name().equalsIgnoreCase(parameter))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidFilterException(
                    "status must be one of "
                        + Arrays.stream(values())
                            .map((status) -> status.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                        + ", not '"
                        + parameter
                        + "'"));
  }

  static Optional<OrderStatus> ofExecutionStatus(String executionStatus) {
    return Arrays.stream(values())
        .filter((status) -> status.executionStatus.equals(executionStatus))
        .findFirst();
  }
}
