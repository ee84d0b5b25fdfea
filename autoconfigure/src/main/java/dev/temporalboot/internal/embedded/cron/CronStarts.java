package dev.temporalboot.internal.embedded.cron;

import io.temporal.api.workflowservice.v1.ExecuteMultiOperationRequest;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.SignalWithStartWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;

/** Rewrites the cron schedules of the requests that start workflows. */
final class CronStarts {

  private final CronScheduleNames names;

  private final CronCommands commands;

  CronStarts(CronScheduleNames names, CronCommands commands) {
    this.names = names;
    this.commands = commands;
  }

  /**
   * Returns the request with its schedules rewritten.
   *
   * @throws io.grpc.StatusRuntimeException INVALID_ARGUMENT when a schedule cannot run
   */
  Object rewrite(Object request) {
    if (request instanceof StartWorkflowExecutionRequest start) {
      return rewrite(start);
    }
    if (request instanceof SignalWithStartWorkflowExecutionRequest start) {
      return start.toBuilder()
          .setCronSchedule(
              this.names.rewrite(
                  start.getNamespace(), start.getWorkflowId(), start.getCronSchedule()))
          .build();
    }
    if (request instanceof ExecuteMultiOperationRequest multi) {
      ExecuteMultiOperationRequest.Builder rewritten = multi.toBuilder();
      for (ExecuteMultiOperationRequest.Operation.Builder operation :
          rewritten.getOperationsBuilderList()) {
        if (operation.hasStartWorkflow()) {
          operation.setStartWorkflow(rewrite(operation.getStartWorkflow()));
        }
      }
      return rewritten.build();
    }
    return this.commands.rewrite((RespondWorkflowTaskCompletedRequest) request);
  }

  private StartWorkflowExecutionRequest rewrite(StartWorkflowExecutionRequest start) {
    return start.toBuilder()
        .setCronSchedule(
            this.names.rewrite(
                start.getNamespace(), start.getWorkflowId(), start.getCronSchedule()))
        .build();
  }
}
