package dev.temporalboot.internal.embedded.cron;

import com.google.protobuf.util.Durations;
import io.temporal.api.command.v1.Command;
import io.temporal.api.command.v1.ContinueAsNewWorkflowExecutionCommandAttributes;
import io.temporal.api.enums.v1.CommandType;
import io.temporal.api.enums.v1.ContinueAsNewInitiator;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import java.time.Duration;

/**
 * The continue-as-new commands that close a cron run and start the next one after a delay, or close
 * a cron child's placeholder run and start its first run at its first time.
 */
final class CronContinuations {

  private CronContinuations() {}

  /**
   * Returns the command that replaces a run's closing command.
   *
   * @param started the run's started event
   * @param closing the run's complete or fail command
   * @param backoff the delay to the next run
   */
  static Command nextRun(
      WorkflowExecutionStartedEventAttributes started, Command closing, Duration backoff) {
    ContinueAsNewWorkflowExecutionCommandAttributes.Builder next = sameRun(started, backoff);
    if (closing.hasCompleteWorkflowExecutionCommandAttributes()) {
      next.setLastCompletionResult(
          closing.getCompleteWorkflowExecutionCommandAttributes().getResult());
    } else {
      next.setFailure(closing.getFailWorkflowExecutionCommandAttributes().getFailure());
      if (started.hasLastCompletionResult()) {
        next.setLastCompletionResult(started.getLastCompletionResult());
      }
    }
    return command(next).setUserMetadata(closing.getUserMetadata()).build();
  }

  /**
   * Returns the command that closes a run no worker saw, for its first run after a delay.
   *
   * @param started the closed run's started event
   * @param backoff the delay to the first run
   */
  static Command firstRun(WorkflowExecutionStartedEventAttributes started, Duration backoff) {
    return command(sameRun(started, backoff)).build();
  }

  private static Command.Builder command(
      ContinueAsNewWorkflowExecutionCommandAttributes.Builder next) {
    return Command.newBuilder()
        .setCommandType(CommandType.COMMAND_TYPE_CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
        .setContinueAsNewWorkflowExecutionCommandAttributes(next);
  }

  private static ContinueAsNewWorkflowExecutionCommandAttributes.Builder sameRun(
      WorkflowExecutionStartedEventAttributes started, Duration backoff) {
    ContinueAsNewWorkflowExecutionCommandAttributes.Builder next =
        ContinueAsNewWorkflowExecutionCommandAttributes.newBuilder()
            .setWorkflowType(started.getWorkflowType())
            .setTaskQueue(started.getTaskQueue())
            .setInput(started.getInput())
            .setWorkflowRunTimeout(started.getWorkflowRunTimeout())
            .setWorkflowTaskTimeout(started.getWorkflowTaskTimeout())
            .setBackoffStartInterval(Durations.fromMillis(backoff.toMillis()))
            .setInitiator(ContinueAsNewInitiator.CONTINUE_AS_NEW_INITIATOR_CRON_SCHEDULE)
            .setHeader(started.getHeader())
            .setMemo(started.getMemo())
            .setSearchAttributes(started.getSearchAttributes());
    if (started.hasRetryPolicy()) {
      next.setRetryPolicy(started.getRetryPolicy());
    }
    return next;
  }
}
