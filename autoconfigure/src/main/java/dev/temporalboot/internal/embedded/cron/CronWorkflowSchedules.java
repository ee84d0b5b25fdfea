package dev.temporalboot.internal.embedded.cron;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.ExecuteMultiOperationRequest;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.SignalWithStartWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Rewrites the cron schedule of every workflow started (directly, with a signal, in a
 * multi-operation, as a child or by continue-as-new) into five plain UTC fields the SDK's test
 * server runs at the same times, and refuses at once, with INVALID_ARGUMENT, a schedule that a real
 * cluster refuses or that the test server cannot run.
 */
public final class CronWorkflowSchedules implements ServerInterceptor {

  private final CronCommands commands;

  private static final Set<String> METHODS =
      Set.of(
          WorkflowServiceGrpc.getStartWorkflowExecutionMethod().getFullMethodName(),
          WorkflowServiceGrpc.getSignalWithStartWorkflowExecutionMethod().getFullMethodName(),
          WorkflowServiceGrpc.getExecuteMultiOperationMethod().getFullMethodName(),
          WorkflowServiceGrpc.getRespondWorkflowTaskCompletedMethod().getFullMethodName());

  /**
   * Creates the interceptor.
   *
   * @param workflowService the test server's workflow service, to fail a workflow task whose
   *     commands carry a schedule that cannot run
   */
  public CronWorkflowSchedules(
      Supplier<WorkflowServiceGrpc.WorkflowServiceImplBase> workflowService) {
    this.commands = new CronCommands(workflowService);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (!METHODS.contains(call.getMethodDescriptor().getFullMethodName())) {
      return next.startCall(call, headers);
    }
    return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
      private boolean refused;

      @Override
      @SuppressWarnings("unchecked")
      public void onMessage(Q message) {
        try {
          super.onMessage((Q) rewrite(message));
        } catch (StatusRuntimeException ex) {
          this.refused = true;
          call.close(ex.getStatus(), new Metadata());
        }
      }

      @Override
      public void onHalfClose() {
        if (!this.refused) {
          super.onHalfClose();
        }
      }
    };
  }

  private Object rewrite(Object request) {
    if (request instanceof StartWorkflowExecutionRequest start) {
      return start.toBuilder()
          .setCronSchedule(FiveFieldCron.rewrite(start.getCronSchedule()))
          .build();
    }
    if (request instanceof SignalWithStartWorkflowExecutionRequest start) {
      return start.toBuilder()
          .setCronSchedule(FiveFieldCron.rewrite(start.getCronSchedule()))
          .build();
    }
    if (request instanceof ExecuteMultiOperationRequest multi) {
      ExecuteMultiOperationRequest.Builder rewritten = multi.toBuilder();
      for (ExecuteMultiOperationRequest.Operation.Builder operation :
          rewritten.getOperationsBuilderList()) {
        if (operation.hasStartWorkflow()) {
          StartWorkflowExecutionRequest.Builder start = operation.getStartWorkflowBuilder();
          start.setCronSchedule(FiveFieldCron.rewrite(start.getCronSchedule()));
        }
      }
      return rewritten.build();
    }
    return this.commands.rewrite((RespondWorkflowTaskCompletedRequest) request);
  }
}
