package dev.temporalboot.internal.tracing;

import dev.temporalboot.tracing.TemporalCall;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor.WorkflowStartInput;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import org.jspecify.annotations.Nullable;

/**
 * Makes each start, signal, signal-with-start, query, update and update-with-start of a {@code
 * WorkflowClient} an observation ({@code temporal.client}) whose span context travels in the call's
 * Temporal header to the workflow.
 */
public class TracingWorkflowClientInterceptor extends WorkflowClientInterceptorBase {

  private final TemporalObservations observations;

  private final @Nullable String namespace;

  /** Creates the interceptor for a client of the given namespace. */
  public TracingWorkflowClientInterceptor(
      TemporalObservations observations, @Nullable String namespace) {
    this.observations = observations;
    this.namespace = namespace;
  }

  /**
   * Returns this interceptor for a client of the given namespace: one bean serves the clients of
   * every namespace the application uses, and each client's calls are tagged with its own.
   *
   * @param namespace the client's namespace
   * @return this interceptor when it already names that namespace, else a copy that does
   */
  public TracingWorkflowClientInterceptor forNamespace(String namespace) {
    return namespace.equals(this.namespace)
        ? this
        : new TracingWorkflowClientInterceptor(this.observations, namespace);
  }

  @Override
  public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
      WorkflowClientCallsInterceptor next) {
    return new ClientCalls(next);
  }

  private TemporalCall call(
      String operation, String name, @Nullable String type, @Nullable WorkflowExecution execution) {
    String workflowId = (execution != null) ? execution.getWorkflowId() : null;
    String runId = (execution != null) ? execution.getRunId() : null;
    return new TemporalCall(
        TemporalCall.Side.CLIENT,
        operation,
        name,
        type,
        null,
        null,
        this.namespace,
        workflowId,
        runId);
  }

  private TemporalCall start(String operation, WorkflowStartInput input) {
    return new TemporalCall(
        TemporalCall.Side.CLIENT,
        operation,
        input.getWorkflowType(),
        input.getWorkflowType(),
        null,
        input.getOptions().getTaskQueue(),
        this.namespace,
        input.getWorkflowId(),
        null);
  }

  private final class ClientCalls extends WorkflowClientCallsInterceptorBase {

    ClientCalls(WorkflowClientCallsInterceptor next) {
      super(next);
    }

    @Override
    public WorkflowStartOutput start(WorkflowStartInput input) {
      TemporalCall call = TracingWorkflowClientInterceptor.this.start("start", input);
      return observations.observeClientCall(call, () -> super.start(input), input.getHeader());
    }

    @Override
    public WorkflowSignalWithStartOutput signalWithStart(WorkflowSignalWithStartInput input) {
      WorkflowStartInput start = input.getWorkflowStartInput();
      TemporalCall call = TracingWorkflowClientInterceptor.this.start("signal_with_start", start);
      return observations.observeClientCall(
          call, () -> super.signalWithStart(input), start.getHeader());
    }

    @Override
    public <R> WorkflowUpdateWithStartOutput<R> updateWithStart(
        WorkflowUpdateWithStartInput<R> input) {
      WorkflowStartInput start = input.getWorkflowStartInput();
      TemporalCall call = TracingWorkflowClientInterceptor.this.start("update_with_start", start);
      return observations.observeClientCall(
          call,
          () -> super.updateWithStart(input),
          start.getHeader(),
          input.getStartUpdateInput().getHeader());
    }

    @Override
    public WorkflowSignalOutput signal(WorkflowSignalInput input) {
      TemporalCall call = call("signal", input.getSignalName(), null, input.getWorkflowExecution());
      return observations.observeClientCall(call, () -> super.signal(input), input.getHeader());
    }

    @Override
    public <R> QueryOutput<R> query(QueryInput<R> input) {
      TemporalCall call = call("query", input.getQueryType(), null, input.getWorkflowExecution());
      return observations.observeClientCall(call, () -> super.query(input), input.getHeader());
    }

    @Override
    public <R> WorkflowUpdateHandle<R> startUpdate(StartUpdateInput<R> input) {
      String type = input.getWorkflowType().orElse(null);
      TemporalCall call = call("update", input.getUpdateName(), type, input.getWorkflowExecution());
      return observations.observeClientCall(
          call, () -> super.startUpdate(input), input.getHeader());
    }
  }
}
