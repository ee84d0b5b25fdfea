package dev.temporalboot.internal.embedded.schedule;

import static dev.temporalboot.internal.embedded.grpc.UnaryAnswers.answer;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.OperatorServiceGrpc;
import io.temporal.api.workflowservice.v1.CreateScheduleRequest;
import io.temporal.api.workflowservice.v1.DeleteScheduleRequest;
import io.temporal.api.workflowservice.v1.DescribeScheduleRequest;
import io.temporal.api.workflowservice.v1.ListScheduleMatchingTimesRequest;
import io.temporal.api.workflowservice.v1.ListSchedulesRequest;
import io.temporal.api.workflowservice.v1.PatchScheduleRequest;
import io.temporal.api.workflowservice.v1.UpdateScheduleRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Answers the WorkflowService's schedule methods, which the SDK's test server leaves unimplemented,
 * and notes the search attributes registered through the OperatorService for the ListSchedules
 * filter.
 */
final class ScheduleApi implements ServerInterceptor {

  private final Supplier<@Nullable ScheduleHandlers> handlers;

  private final ScheduleListFilter filters;

  private final Map<String, Function<Object, Object>> methods =
      Map.of(
          WorkflowServiceGrpc.getCreateScheduleMethod().getFullMethodName(),
          (request) -> handlers().requests.create((CreateScheduleRequest) request),
          WorkflowServiceGrpc.getDescribeScheduleMethod().getFullMethodName(),
          (request) -> handlers().requests.describe((DescribeScheduleRequest) request),
          WorkflowServiceGrpc.getUpdateScheduleMethod().getFullMethodName(),
          (request) -> handlers().requests.update((UpdateScheduleRequest) request),
          WorkflowServiceGrpc.getPatchScheduleMethod().getFullMethodName(),
          (request) -> handlers().requests.patch((PatchScheduleRequest) request),
          WorkflowServiceGrpc.getDeleteScheduleMethod().getFullMethodName(),
          (request) -> handlers().requests.delete((DeleteScheduleRequest) request),
          WorkflowServiceGrpc.getListSchedulesMethod().getFullMethodName(),
          (request) -> handlers().lists.list((ListSchedulesRequest) request),
          WorkflowServiceGrpc.getListScheduleMatchingTimesMethod().getFullMethodName(),
          (request) -> handlers().lists.matchingTimes((ListScheduleMatchingTimesRequest) request));

  ScheduleApi(Supplier<@Nullable ScheduleHandlers> handlers, ScheduleListFilter filters) {
    this.handlers = handlers;
    this.filters = filters;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    if (method.equals(OperatorServiceGrpc.getAddSearchAttributesMethod().getFullMethodName())) {
      return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
        @Override
        public void onMessage(Q message) {
          ScheduleApi.this.filters.registered(
              ((AddSearchAttributesRequest) message).getSearchAttributesMap());
          super.onMessage(message);
        }
      };
    }
    Function<Object, Object> handler = handler(method);
    return handler == null ? next.startCall(call, headers) : answer(call, headers, handler);
  }

  private @Nullable Function<Object, Object> handler(String method) {
    return this.methods.get(method);
  }

  private ScheduleHandlers handlers() {
    ScheduleHandlers current = this.handlers.get();
    if (current == null) {
      throw Status.UNAVAILABLE.withDescription("Schedules are not started").asRuntimeException();
    }
    return current;
  }

  /** The answering parts, which exist once the server runs. */
  record ScheduleHandlers(ScheduleRequests requests, ScheduleLists lists) {}
}
