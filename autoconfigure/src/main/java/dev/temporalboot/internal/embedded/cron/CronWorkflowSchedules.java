package dev.temporalboot.internal.embedded.cron;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites the cron schedule of every workflow started directly, with a signal or as a child into
 * five plain UTC fields the SDK's test server runs at the same times, or, for {@code @every}, zones
 * with daylight saving time and schedules carried by a continue-as-new, times each run itself;
 * refuses at once, with INVALID_ARGUMENT, a schedule that a real cluster refuses; histories show
 * the schedules as written; refuses an update-with-start with a schedule as a real cluster does.
 */
public final class CronWorkflowSchedules implements ServerInterceptor {

  private static final Set<String> STARTS =
      Set.of(
          WorkflowServiceGrpc.getStartWorkflowExecutionMethod().getFullMethodName(),
          WorkflowServiceGrpc.getSignalWithStartWorkflowExecutionMethod().getFullMethodName(),
          WorkflowServiceGrpc.getExecuteMultiOperationMethod().getFullMethodName(),
          WorkflowServiceGrpc.getRespondWorkflowTaskCompletedMethod().getFullMethodName());

  private static final Set<String> HISTORIES =
      Set.of(
          WorkflowServiceGrpc.getStartWorkflowExecutionMethod().getFullMethodName(),
          WorkflowServiceGrpc.getPollWorkflowTaskQueueMethod().getFullMethodName(),
          WorkflowServiceGrpc.getRespondWorkflowTaskCompletedMethod().getFullMethodName(),
          WorkflowServiceGrpc.getGetWorkflowExecutionHistoryMethod().getFullMethodName(),
          WorkflowServiceGrpc.getGetWorkflowExecutionHistoryReverseMethod().getFullMethodName());

  private final CronStarts starts;

  private final CronHistories histories;

  /**
   * Creates the interceptor.
   *
   * @param workflowService the test server's workflow service, to fail a workflow task whose
   *     commands carry a schedule that cannot run
   * @param serverClock the test server's clock, which time skipping moves ahead of the wall clock
   */
  public CronWorkflowSchedules(
      Supplier<WorkflowServiceGrpc.WorkflowServiceImplBase> workflowService,
      Supplier<Instant> serverClock) {
    CronScheduleNames names = new CronScheduleNames();
    ComputedCronRuns computed = new ComputedCronRuns(serverClock);
    CronChildStarts children = new CronChildStarts(computed, workflowService, serverClock);
    this.starts =
        new CronStarts(names, computed, new CronCommands(names, children, workflowService));
    this.histories = new CronHistories(names, computed, children);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    boolean rewrites = STARTS.contains(method);
    boolean restores = HISTORIES.contains(method);
    if (!rewrites && !restores) {
      return next.startCall(call, headers);
    }
    Request<Q> request = new Request<>();
    ServerCall<Q, R> restoring =
        !restores
            ? call
            : new SimpleForwardingServerCall<>(call) {
              @Override
              @SuppressWarnings("unchecked")
              public void sendMessage(R message) {
                Q asked = request.message;
                super.sendMessage(
                    asked == null
                        ? message
                        : (R) CronWorkflowSchedules.this.histories.restore(asked, message));
              }
            };
    return new SimpleForwardingServerCallListener<>(next.startCall(restoring, headers)) {
      private boolean refused;

      @Override
      @SuppressWarnings("unchecked")
      public void onMessage(Q message) {
        request.message = message;
        try {
          super.onMessage(
              rewrites ? (Q) CronWorkflowSchedules.this.starts.rewrite(message) : message);
        } catch (StatusRuntimeException ex) {
          this.refused = true;
          Metadata trailers = ex.getTrailers();
          call.close(ex.getStatus(), trailers == null ? new Metadata() : trailers);
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

  /** The request of a unary call, which its answer is restored for. */
  private static final class Request<Q> {
    volatile @Nullable Q message;
  }
}
