package dev.temporalboot.internal.embedded.schedule;

import io.grpc.BindableService;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.testservice.v1.TestServiceGrpc;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.io.Closeable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Schedule API of the embedded server: an interceptor answering the schedule methods, and the
 * runtime that starts the schedules' workflows on the server's clock.
 */
public final class EmbeddedSchedules implements Closeable {

  private final ScheduleListFilter filters = new ScheduleListFilter();

  private volatile ScheduleApi.@Nullable ScheduleHandlers handlers;

  private @Nullable ScheduleRuntime runtime;

  private @Nullable GrpcWorkflowActions actions;

  /**
   * Returns the interceptor answering the schedule methods; it answers UNAVAILABLE until {@link
   * #start} and after {@link #close}.
   *
   * @return the interceptor to put in front of the test server
   */
  public ServerInterceptor interceptor() {
    return new ScheduleApi(() -> this.handlers, this.filters);
  }

  /**
   * Starts running schedules once the server listens, and registers the search attributes a real
   * cluster sets on scheduled workflows.
   *
   * @param target the server's gRPC target
   * @param services the test server's services, among them its TestService
   */
  public synchronized void start(String target, List<BindableService> services) {
    TestServiceGrpc.TestServiceImplBase testService =
        services.stream()
            .filter(TestServiceGrpc.TestServiceImplBase.class::isInstance)
            .map(TestServiceGrpc.TestServiceImplBase.class::cast)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The test server has no TestService"));
    registerSearchAttributes(target);
    GrpcWorkflowActions workflows = new GrpcWorkflowActions(target);
    ScheduleRuntime started = new ScheduleRuntime(workflows, testService);
    this.actions = workflows;
    this.runtime = started;
    this.handlers =
        new ScheduleApi.ScheduleHandlers(
            new ScheduleRequests(started), new ScheduleLists(started, this.filters));
  }

  private static void registerSearchAttributes(String target) {
    OperatorServiceStubs stubs =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(target)
                .validateAndBuildWithDefaults());
    try {
      for (Map.Entry<String, IndexedValueType> attribute :
          Map.of(
                  ScheduledWorkflowStart.SCHEDULED_BY_ID,
                  IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
                  ScheduledWorkflowStart.SCHEDULED_START_TIME,
                  IndexedValueType.INDEXED_VALUE_TYPE_DATETIME)
              .entrySet()) {
        try {
          stubs
              .blockingStub()
              .addSearchAttributes(
                  AddSearchAttributesRequest.newBuilder()
                      .putSearchAttributes(attribute.getKey(), attribute.getValue())
                      .build());
        } catch (StatusRuntimeException ex) {
          if (ex.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
            throw ex;
          }
        }
      }
    } finally {
      stubs.shutdownNow();
    }
  }

  /** Stops running schedules; the workflows they started keep running on the server. */
  @Override
  public synchronized void close() {
    this.handlers = null;
    if (this.runtime != null) {
      this.runtime.close();
      this.runtime = null;
    }
    if (this.actions != null) {
      this.actions.close();
      this.actions = null;
    }
  }
}
