package dev.temporalboot.internal.embedded.cron;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.temporal.api.command.v1.Command;
import io.temporal.api.enums.v1.WorkflowTaskFailedCause;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.failure.v1.ServerFailureInfo;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskFailedRequest;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskFailedResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.util.function.Supplier;

/**
 * Rewrites the cron schedules of a completed workflow task's child and continue-as-new commands
 * into five plain UTC fields, or takes a child's out for {@link CronChildStarts} to time. One that
 * cannot run fails the workflow task, as a real cluster fails it for bad command attributes, and
 * the completion is answered INVALID_ARGUMENT naming the cause.
 */
final class CronCommands {

  private final CronScheduleNames names;

  private final CronChildStarts children;

  private final Supplier<WorkflowServiceGrpc.WorkflowServiceImplBase> workflowService;

  CronCommands(
      CronScheduleNames names,
      CronChildStarts children,
      Supplier<WorkflowServiceGrpc.WorkflowServiceImplBase> workflowService) {
    this.names = names;
    this.children = children;
    this.workflowService = workflowService;
  }

  RespondWorkflowTaskCompletedRequest rewrite(RespondWorkflowTaskCompletedRequest completed) {
    RespondWorkflowTaskCompletedRequest.Builder rewritten = completed.toBuilder();
    for (Command.Builder command : rewritten.getCommandsBuilderList()) {
      if (command.hasStartChildWorkflowExecutionCommandAttributes()) {
        var child = command.getStartChildWorkflowExecutionCommandAttributesBuilder();
        String namespace =
            child.getNamespace().isEmpty() ? completed.getNamespace() : child.getNamespace();
        child.setCronSchedule(
            rewrite(
                completed,
                namespace,
                child.getWorkflowId(),
                this.children.started(namespace, child.getWorkflowId(), child.getCronSchedule()),
                WorkflowTaskFailedCause
                    .WORKFLOW_TASK_FAILED_CAUSE_BAD_START_CHILD_EXECUTION_ATTRIBUTES,
                "BadStartChildExecutionAttributes"));
      }
      if (command.hasContinueAsNewWorkflowExecutionCommandAttributes()) {
        var next = command.getContinueAsNewWorkflowExecutionCommandAttributesBuilder();
        next.setCronSchedule(
            rewrite(
                completed,
                completed.getNamespace(),
                "",
                next.getCronSchedule(),
                WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_BAD_CONTINUE_AS_NEW_ATTRIBUTES,
                "BadContinueAsNewAttributes"));
      }
    }
    return rewritten.build();
  }

  private String rewrite(
      RespondWorkflowTaskCompletedRequest completed,
      String namespace,
      String workflowId,
      String schedule,
      WorkflowTaskFailedCause cause,
      String causeName) {
    try {
      return this.names.rewrite(namespace, workflowId, schedule);
    } catch (StatusRuntimeException ex) {
      String message = String.valueOf(ex.getStatus().getDescription());
      fail(completed, cause, message);
      throw Status.INVALID_ARGUMENT
          .withDescription(causeName + ": " + message)
          .asRuntimeException();
    }
  }

  private void fail(
      RespondWorkflowTaskCompletedRequest completed,
      WorkflowTaskFailedCause cause,
      String message) {
    RespondWorkflowTaskFailedRequest failed =
        RespondWorkflowTaskFailedRequest.newBuilder()
            .setNamespace(completed.getNamespace())
            .setTaskToken(completed.getTaskToken())
            .setIdentity(completed.getIdentity())
            .setCause(cause)
            .setFailure(
                Failure.newBuilder()
                    .setMessage(message)
                    .setServerFailureInfo(ServerFailureInfo.newBuilder().setNonRetryable(true)))
            .build();
    this.workflowService
        .get()
        .respondWorkflowTaskFailed(
            failed,
            new StreamObserver<RespondWorkflowTaskFailedResponse>() {
              @Override
              public void onNext(RespondWorkflowTaskFailedResponse response) {}

              @Override
              public void onError(Throwable error) {
                // the task is gone (timed out, workflow closed): nothing left to fail
              }

              @Override
              public void onCompleted() {}
            });
  }
}
