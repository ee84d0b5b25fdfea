package dev.temporalboot.internal.tracing;

import dev.temporalboot.tracing.TemporalCall;
import io.micrometer.observation.Observation;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import io.temporal.workflow.unsafe.WorkflowUnsafe;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the workflow's trace context into the header of each activity, local activity, child
 * workflow, external signal and continue-as-new it starts. It creates no spans for those, so
 * replaying the same commands creates none either; their headers are ignored then.
 *
 * <p>A Nexus operation is the exception: another team's endpoint, often in another namespace, so
 * scheduling it is a span of its own ({@code temporal start nexus operation Service/operation}), a
 * child of the workflow's, whose context travels in the operation's Nexus headers to the handler
 * (and with them to its cancel request). It is created only when the workflow runs live: a replay
 * schedules the same operation again without a span, and its headers are ignored.
 */
final class TracingWorkflowOutbound extends WorkflowOutboundCallsInterceptorBase {

  private final WorkflowTrace trace;

  private final TemporalObservations observations;

  TracingWorkflowOutbound(
      WorkflowOutboundCallsInterceptor next,
      WorkflowTrace trace,
      TemporalObservations observations) {
    super(next);
    this.trace = trace;
    this.observations = observations;
  }

  @Override
  public <R> ExecuteNexusOperationOutput<R> executeNexusOperation(
      ExecuteNexusOperationInput<R> input) {
    if (WorkflowUnsafe.isReplaying()) {
      return super.executeNexusOperation(input);
    }
    WorkflowInfo info = Workflow.getInfo();
    TemporalCall.NexusOperation nexus =
        new TemporalCall.NexusOperation(
            input.getEndpoint(), input.getService(), input.getOperation());
    TemporalCall call =
        new TemporalCall(
            TemporalCall.Side.NEXUS_CALLER,
            "start",
            nexus.qualifiedName(),
            info.getWorkflowType(),
            null,
            info.getTaskQueue(),
            info.getNamespace(),
            info.getWorkflowId(),
            info.getRunId(),
            nexus);
    Observation start = this.observations.start(call, this.trace.forChildren());
    RuntimeException failure = null;
    try {
      Map<String, String> headers = new LinkedHashMap<>(input.getHeaders());
      headers.putAll(this.observations.carrierOf(start));
      return super.executeNexusOperation(
          new ExecuteNexusOperationInput<>(
              input.getEndpoint(),
              input.getService(),
              input.getOperation(),
              input.getResultClass(),
              input.getResultType(),
              input.getArg(),
              input.getOptions(),
              headers));
    } catch (RuntimeException ex) {
      failure = ex;
      throw ex;
    } finally {
      this.observations.stop(start, failure);
    }
  }

  @Override
  public <R> ActivityOutput<R> executeActivity(ActivityInput<R> input) {
    TraceHeader.write(input.getHeader(), this.trace.forChildren());
    return super.executeActivity(input);
  }

  @Override
  public <R> LocalActivityOutput<R> executeLocalActivity(LocalActivityInput<R> input) {
    TraceHeader.write(input.getHeader(), this.trace.forChildren());
    return super.executeLocalActivity(input);
  }

  @Override
  public <R> ChildWorkflowOutput<R> executeChildWorkflow(ChildWorkflowInput<R> input) {
    TraceHeader.write(input.getHeader(), this.trace.forChildren());
    return super.executeChildWorkflow(input);
  }

  @Override
  public SignalExternalOutput signalExternalWorkflow(SignalExternalInput input) {
    TraceHeader.write(input.getHeader(), this.trace.forChildren());
    return super.signalExternalWorkflow(input);
  }

  @Override
  public void continueAsNew(ContinueAsNewInput input) {
    TraceHeader.write(input.getHeader(), this.trace.forChildren());
    super.continueAsNew(input);
  }
}
