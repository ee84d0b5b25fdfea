package dev.temporalboot.internal.embedded.cron;

import com.google.protobuf.Any;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.errordetails.v1.MultiOperationExecutionFailure;
import io.temporal.api.errordetails.v1.MultiOperationExecutionFailure.OperationStatus;
import io.temporal.api.failure.v1.MultiOperationExecutionAborted;
import io.temporal.api.workflowservice.v1.ExecuteMultiOperationRequest;
import io.temporal.serviceclient.StatusUtils;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a multi-operation (update-with-start) whose start carries a cron schedule, as a real
 * cluster's frontend does: the start's status says why, the update's that it was aborted.
 */
final class CronMultiOperations {

  private CronMultiOperations() {}

  /** Returns the refusal of a multi-operation whose start has a cron schedule, else null. */
  static @Nullable StatusRuntimeException refusal(ExecuteMultiOperationRequest request) {
    boolean cron =
        request.getOperationsList().stream()
            .anyMatch((op) -> !op.getStartWorkflow().getCronSchedule().isEmpty());
    if (!cron) {
      return null;
    }
    MultiOperationExecutionFailure.Builder failure = MultiOperationExecutionFailure.newBuilder();
    for (ExecuteMultiOperationRequest.Operation operation : request.getOperationsList()) {
      String schedule = operation.getStartWorkflow().getCronSchedule();
      if (schedule.isEmpty()) {
        failure.addStatuses(
            OperationStatus.newBuilder()
                .setCode(Status.Code.ABORTED.value())
                .setMessage("Operation was aborted.")
                .addDetails(Any.pack(MultiOperationExecutionAborted.getDefaultInstance())));
      } else {
        failure.addStatuses(
            OperationStatus.newBuilder()
                .setCode(Status.Code.INVALID_ARGUMENT.value())
                .setMessage(
                    ComputedCronRuns.parse(schedule) == null
                        ? "invalid CronSchedule."
                        : "CronSchedule is not allowed."));
      }
    }
    return StatusUtils.newException(
        Status.INVALID_ARGUMENT.withDescription("Update-with-Start could not be executed."),
        failure.build(),
        MultiOperationExecutionFailure.getDescriptor());
  }
}
