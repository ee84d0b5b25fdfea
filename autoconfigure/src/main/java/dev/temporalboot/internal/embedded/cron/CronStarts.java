package dev.temporalboot.internal.embedded.cron;

import com.google.protobuf.Duration;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.ExecuteMultiOperationRequest;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.SignalWithStartWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;

/**
 * Rewrites the cron schedules of the requests that start workflows, or, for a schedule to compute,
 * starts the workflow with no schedule and the first run's delay; refuses an update-with-start with
 * a schedule as a real cluster does.
 */
final class CronStarts {

  private final CronScheduleNames names;

  private final ComputedCronRuns computed;

  private final CronCommands commands;

  CronStarts(CronScheduleNames names, ComputedCronRuns computed, CronCommands commands) {
    this.names = names;
    this.computed = computed;
    this.commands = commands;
  }

  /**
   * Returns the request with its schedules rewritten.
   *
   * @throws io.grpc.StatusRuntimeException INVALID_ARGUMENT when a schedule cannot run
   */
  Object rewrite(Object request) {
    if (request instanceof StartWorkflowExecutionRequest start) {
      Duration delay =
          this.computed.firstDelay(
              start.getNamespace(), start.getWorkflowId(), start.getCronSchedule());
      return delay == null
          ? rewrite(start)
          : start.toBuilder().setCronSchedule("").setWorkflowStartDelay(delay).build();
    }
    if (request instanceof SignalWithStartWorkflowExecutionRequest start) {
      Duration delay =
          this.computed.firstDelay(
              start.getNamespace(), start.getWorkflowId(), start.getCronSchedule());
      if (delay != null) {
        return start.toBuilder().setCronSchedule("").setWorkflowStartDelay(delay).build();
      }
      return start.toBuilder()
          .setCronSchedule(
              this.names.rewrite(
                  start.getNamespace(), start.getWorkflowId(), start.getCronSchedule()))
          .build();
    }
    if (request instanceof ExecuteMultiOperationRequest multi) {
      StatusRuntimeException refusal = CronMultiOperations.refusal(multi);
      if (refusal != null) {
        throw refusal;
      }
      return multi;
    }
    return this.commands.rewrite(
        this.computed.rewrite((RespondWorkflowTaskCompletedRequest) request));
  }

  private StartWorkflowExecutionRequest rewrite(StartWorkflowExecutionRequest start) {
    return start.toBuilder()
        .setCronSchedule(
            this.names.rewrite(
                start.getNamespace(), start.getWorkflowId(), start.getCronSchedule()))
        .build();
  }
}
