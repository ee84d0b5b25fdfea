package dev.temporalboot.internal.tracing;

import dev.temporalboot.tracing.TemporalCall;
import io.micrometer.observation.Observation;
import io.temporal.common.interceptors.Header;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import io.temporal.workflow.unsafe.WorkflowUnsafe;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Observes one workflow execution on this worker: the run, once, when its first workflow task runs
 * live; signal and update handlers when they run live; every query.
 *
 * <p>A run that resumes from its history (a cache eviction, a restart, another worker) starts in
 * replay, so it gets no second run span. Its activities and children then carry the trace context
 * from the workflow's own start header, which the history keeps: the trace survives, and their
 * parent is the span that started the workflow instead of the run span, whose id only the first
 * worker knew.
 */
final class TracingWorkflowInbound extends WorkflowInboundCallsInterceptorBase {

  private final TemporalObservations observations;

  private final WorkflowTrace trace = new WorkflowTrace();

  TracingWorkflowInbound(WorkflowInboundCallsInterceptor next, TemporalObservations observations) {
    super(next);
    this.observations = observations;
  }

  @Override
  public void init(WorkflowOutboundCallsInterceptor outboundCalls) {
    super.init(new TracingWorkflowOutbound(outboundCalls, this.trace, this.observations));
  }

  @Override
  public WorkflowOutput execute(WorkflowInput input) {
    this.trace.inherit(TraceHeader.read(input.getHeader()));
    if (WorkflowUnsafe.isReplaying()) {
      return super.execute(input);
    }
    WorkflowInfo info = Workflow.getInfo();
    Observation run =
        this.observations.start(call("run", info.getWorkflowType()), this.trace.inherited());
    this.trace.record(this.observations.carrierOf(run));
    RuntimeException failure = null;
    try {
      return super.execute(input);
    } catch (RuntimeException ex) {
      // The workflow failed. Errors are not failures: the SDK ends evicted runs with one.
      failure = ex;
      throw ex;
    } finally {
      this.observations.stop(run, failure);
    }
  }

  @Override
  public void handleSignal(SignalInput input) {
    observeLive(
        "signal",
        input.getSignalName(),
        input.getHeader(),
        () -> {
          super.handleSignal(input);
          return null;
        });
  }

  @Override
  public UpdateOutput executeUpdate(UpdateInput input) {
    return observeLive(
        "update", input.getUpdateName(), input.getHeader(), () -> super.executeUpdate(input));
  }

  @Override
  public QueryOutput handleQuery(QueryInput input) {
    // A query is never in the history, so it is never replayed: each one is observed.
    return this.observations.observeHandler(
        call("query", input.getQueryName()),
        carrier(input.getHeader()),
        () -> super.handleQuery(input));
  }

  private <T> T observeLive(String operation, String name, Header header, Supplier<T> handler) {
    if (WorkflowUnsafe.isReplaying()) {
      return handler.get();
    }
    return this.observations.observeHandler(call(operation, name), carrier(header), handler);
  }

  /**
   * Returns the caller's trace context, else the workflow's: a signal from untraced code (or
   * through a server that drops signal headers, as the SDK's test server does) joins the workflow's
   * trace rather than starting one of its own.
   */
  private Map<String, String> carrier(Header header) {
    Map<String, String> carrier = TraceHeader.read(header);
    return carrier.isEmpty() ? this.trace.forChildren() : carrier;
  }

  private static TemporalCall call(String operation, String name) {
    WorkflowInfo info = Workflow.getInfo();
    return new TemporalCall(
        TemporalCall.Side.WORKFLOW,
        operation,
        name,
        info.getWorkflowType(),
        null,
        info.getTaskQueue(),
        info.getNamespace(),
        info.getWorkflowId(),
        info.getRunId());
  }
}
