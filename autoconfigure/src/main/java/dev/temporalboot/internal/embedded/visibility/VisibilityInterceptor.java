package dev.temporalboot.internal.embedded.visibility;

import static dev.temporalboot.internal.embedded.grpc.UnaryAnswers.answer;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.OperatorServiceGrpc;
import io.temporal.api.operatorservice.v1.RemoveSearchAttributesRequest;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ScanWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ScanWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceImplBase;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Answers the visibility calls the SDK's test server leaves unimplemented (ListWorkflowExecutions,
 * ScanWorkflowExecutions, CountWorkflowExecutions, and the operator's ListSearchAttributes), and
 * follows AddSearchAttributes and RemoveSearchAttributes to know the attribute types.
 */
public final class VisibilityInterceptor implements ServerInterceptor {

  private final SearchAttributeSchema schema = new SearchAttributeSchema();

  private final VisibilityAnswers answers;

  /**
   * Creates the interceptor.
   *
   * @param workflowService the test server's workflow service, called in process once started
   */
  public VisibilityInterceptor(Supplier<WorkflowServiceImplBase> workflowService) {
    this.answers = new VisibilityAnswers(new ExecutionCatalog(workflowService, schema), schema);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    if (method.equals(WorkflowServiceGrpc.getListWorkflowExecutionsMethod().getFullMethodName())) {
      return answer(call, headers, (r) -> answers.list((ListWorkflowExecutionsRequest) r));
    }
    if (method.equals(WorkflowServiceGrpc.getScanWorkflowExecutionsMethod().getFullMethodName())) {
      return answer(call, headers, (r) -> scan((ScanWorkflowExecutionsRequest) r));
    }
    if (method.equals(WorkflowServiceGrpc.getCountWorkflowExecutionsMethod().getFullMethodName())) {
      return answer(call, headers, (r) -> answers.count((CountWorkflowExecutionsRequest) r));
    }
    if (method.equals(OperatorServiceGrpc.getListSearchAttributesMethod().getFullMethodName())) {
      return answer(call, headers, (r) -> schema.list());
    }
    if (method.equals(OperatorServiceGrpc.getAddSearchAttributesMethod().getFullMethodName())) {
      return onSuccess(call, headers, next, (r) -> schema.added((AddSearchAttributesRequest) r));
    }
    if (method.equals(OperatorServiceGrpc.getRemoveSearchAttributesMethod().getFullMethodName())) {
      return onSuccess(
          call, headers, next, (r) -> schema.removed((RemoveSearchAttributesRequest) r));
    }
    return next.startCall(call, headers);
  }

  /** Scan is List in a real cluster's frontend too: same order, pages and tokens. */
  private ScanWorkflowExecutionsResponse scan(ScanWorkflowExecutionsRequest request) {
    var page =
        answers.list(
            ListWorkflowExecutionsRequest.newBuilder()
                .setNamespace(request.getNamespace())
                .setPageSize(request.getPageSize())
                .setNextPageToken(request.getNextPageToken())
                .setQuery(request.getQuery())
                .build());
    return ScanWorkflowExecutionsResponse.newBuilder()
        .addAllExecutions(page.getExecutionsList())
        .setNextPageToken(page.getNextPageToken())
        .build();
  }

  /** Lets the test server answer, then runs the action with the request if it succeeded. */
  private static <Q, R> ServerCall.Listener<Q> onSuccess(
      ServerCall<Q, R> call,
      Metadata headers,
      ServerCallHandler<Q, R> next,
      Consumer<Object> action) {
    AtomicReference<Q> request = new AtomicReference<>();
    ServerCall<Q, R> observed =
        new SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            Q sent = request.get();
            if (status.isOk() && sent != null) {
              action.accept(sent);
            }
            super.close(status, trailers);
          }
        };
    return new SimpleForwardingServerCallListener<>(next.startCall(observed, headers)) {
      @Override
      public void onMessage(Q message) {
        request.set(message);
        super.onMessage(message);
      }
    };
  }
}
