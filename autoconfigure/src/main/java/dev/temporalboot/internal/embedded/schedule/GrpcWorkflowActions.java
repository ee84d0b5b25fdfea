package dev.temporalboot.internal.embedded.schedule;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.MoreExecutors;
import io.grpc.Status;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.HistoryEventFilterType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.RequestCancelWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.TerminateWorkflowExecutionRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Acts on workflows as a client of the embedded server, so that everything in front of the SDK's
 * test server sees the schedule's workflows like any other. A close is awaited with a long poll of
 * the history filtered to the close event.
 */
final class GrpcWorkflowActions implements WorkflowActions, AutoCloseable {

  private static final String IDENTITY = "temporal-scheduler";

  private final WorkflowServiceStubs stubs;

  private volatile boolean closed;

  GrpcWorkflowActions(String target) {
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
  }

  @Override
  public String start(StartWorkflowExecutionRequest request) {
    return this.stubs.blockingStub().startWorkflowExecution(request).getRunId();
  }

  @Override
  public void cancel(String namespace, WorkflowExecution execution, String reason) {
    this.stubs
        .blockingStub()
        .requestCancelWorkflowExecution(
            RequestCancelWorkflowExecutionRequest.newBuilder()
                .setNamespace(namespace)
                .setWorkflowExecution(execution)
                .setIdentity(IDENTITY)
                .setRequestId(UUID.randomUUID().toString())
                .setReason(reason)
                .build());
  }

  @Override
  public void terminate(String namespace, WorkflowExecution execution, String reason) {
    this.stubs
        .blockingStub()
        .terminateWorkflowExecution(
            TerminateWorkflowExecutionRequest.newBuilder()
                .setNamespace(namespace)
                .setWorkflowExecution(execution)
                .setIdentity(IDENTITY)
                .setReason(reason)
                .build());
  }

  @Override
  public @Nullable WorkflowClose closed(String namespace, WorkflowExecution execution) {
    GetWorkflowExecutionHistoryResponse response =
        this.stubs.blockingStub().getWorkflowExecutionHistory(request(namespace, execution, false));
    String next = continuedAs(response);
    return next == null
        ? closeOf(response)
        : closed(namespace, execution.toBuilder().setRunId(next).build());
  }

  @Override
  public void watch(
      String namespace, WorkflowExecution execution, Consumer<WorkflowClose> onClose) {
    if (this.closed) {
      return;
    }
    Futures.addCallback(
        this.stubs
            .futureStub()
            .withDeadlineAfter(1, TimeUnit.MINUTES)
            .getWorkflowExecutionHistory(request(namespace, execution, true)),
        new FutureCallback<>() {
          @Override
          public void onSuccess(@Nullable GetWorkflowExecutionHistoryResponse response) {
            if (response == null) {
              return;
            }
            String next = continuedAs(response);
            WorkflowClose close = closeOf(response);
            if (next != null) {
              watch(namespace, execution.toBuilder().setRunId(next).build(), onClose);
            } else if (close == null) {
              watch(namespace, execution, onClose);
            } else {
              onClose.accept(close);
            }
          }

          @Override
          public void onFailure(Throwable failure) {
            if (Status.fromThrowable(failure).getCode() == Status.Code.DEADLINE_EXCEEDED) {
              watch(namespace, execution, onClose);
            }
          }
        },
        MoreExecutors.directExecutor());
  }

  private static GetWorkflowExecutionHistoryRequest request(
      String namespace, WorkflowExecution execution, boolean wait) {
    return GetWorkflowExecutionHistoryRequest.newBuilder()
        .setNamespace(namespace)
        .setExecution(execution)
        .setWaitNewEvent(wait)
        .setHistoryEventFilterType(HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT)
        .build();
  }

  private static @Nullable WorkflowClose closeOf(GetWorkflowExecutionHistoryResponse response) {
    if (response.getHistory().getEventsCount() == 0) {
      return null;
    }
    HistoryEvent event =
        response.getHistory().getEvents(response.getHistory().getEventsCount() - 1);
    return switch (event.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED ->
          new WorkflowClose(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED, "");
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED ->
          new WorkflowClose(
              WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_FAILED,
              event.getWorkflowExecutionFailedEventAttributes().getFailure().getMessage());
      case EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT ->
          new WorkflowClose(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TIMED_OUT, "");
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED ->
          new WorkflowClose(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED, "");
      case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED ->
          new WorkflowClose(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED, "");
      default -> null;
    };
  }

  /** The run a workflow continued as, which the schedule follows as a real cluster does. */
  private static @Nullable String continuedAs(GetWorkflowExecutionHistoryResponse response) {
    int count = response.getHistory().getEventsCount();
    if (count == 0) {
      return null;
    }
    HistoryEvent last = response.getHistory().getEvents(count - 1);
    return last.hasWorkflowExecutionContinuedAsNewEventAttributes()
        ? last.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId()
        : null;
  }

  @Override
  public void close() {
    this.closed = true;
    this.stubs.shutdownNow();
  }
}
