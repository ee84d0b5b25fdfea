package dev.temporalboot.sample.web;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the client's exceptions into HTTP answers (RFC 9457 problem details). */
@RestControllerAdvice
class TemporalErrors {

  @ExceptionHandler
  ProblemDetail alreadyStarted(WorkflowExecutionAlreadyStarted ex) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT,
        ex.getExecution().getWorkflowId() + " exists already: its id cannot be used again");
  }

  @ExceptionHandler
  ProblemDetail notFound(WorkflowNotFoundException ex) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.NOT_FOUND, ex.getExecution().getWorkflowId() + " not found, or not running");
  }

  /** The order ended while the request waited for it: cancelled, or failed. */
  @ExceptionHandler
  ProblemDetail ended(WorkflowFailedException ex) {
    String workflowId = ex.getExecution().getWorkflowId();
    return ex.getCause() instanceof CanceledFailure
        ? ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, workflowId + " was cancelled")
        : ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, workflowId + " failed");
  }

  /** The workflow's update validator refused: its message says why. */
  @ExceptionHandler
  ProblemDetail updateRejected(WorkflowUpdateException ex) {
    String reason =
        ex.getCause() instanceof ApplicationFailure failure
            ? failure.getOriginalMessage()
            : ex.getMessage();
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
  }

  /**
   * The Temporal service did not answer, after the client's own retries: 503, so that callers retry
   * later. It has no such thing (a schedule deleted by hand): 404. Any other failure stays a 500.
   */
  @ExceptionHandler({TemporalException.class, StatusRuntimeException.class})
  ProblemDetail failedCall(RuntimeException ex) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatusRuntimeException status && isUnreachable(status.getStatus())) {
        return ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The Temporal service is unreachable ("
                + status.getStatus().getCode()
                + "); try again later");
      }
      if (cause instanceof StatusRuntimeException status
          && status.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND,
            "The Temporal service has no such thing: " + status.getStatus().getDescription());
      }
    }
    // Rethrown as it came, Spring answers as if this handler did not exist.
    throw ex;
  }

  private static boolean isUnreachable(Status status) {
    return status.getCode() == Status.Code.UNAVAILABLE
        || status.getCode() == Status.Code.DEADLINE_EXCEEDED;
  }
}
