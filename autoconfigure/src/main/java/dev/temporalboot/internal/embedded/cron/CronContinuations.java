package dev.temporalboot.internal.embedded.cron;

import com.google.protobuf.util.Durations;
import io.temporal.api.command.v1.Command;
import io.temporal.api.command.v1.ContinueAsNewWorkflowExecutionCommandAttributes;
import io.temporal.api.enums.v1.CommandType;
import io.temporal.api.enums.v1.ContinueAsNewInitiator;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import java.time.Duration;

/** The continue-as-new command that closes a cron run and starts the next one after a delay. */
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
    if (closing.hasCompleteWorkflowExecutionCommandAttributes()) {
      next.setLastCompletionResult(
          closing.getCompleteWorkflowExecutionCommandAttributes().getResult());
    } else {
      next.setFailure(closing.getFailWorkflowExecutionCommandAttributes().getFailure());
      if (started.hasLastCompletionResult()) {
        next.setLastCompletionResult(started.getLastCompletionResult());
      }
    }
    return Command.newBuilder()
        .setCommandType(CommandType.COMMAND_TYPE_CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
        .setContinueAsNewWorkflowExecutionCommandAttributes(next)
        .setUserMetadata(closing.getUserMetadata())
        .build();
  }
}
