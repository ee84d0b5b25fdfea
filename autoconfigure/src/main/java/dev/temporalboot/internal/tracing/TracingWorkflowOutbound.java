package dev.temporalboot.internal.tracing;

import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;

/**
 * Writes the workflow's trace context into the header of each activity, local activity, child
 * workflow, external signal and continue-as-new it starts. It creates no spans, so replaying the
 * same commands creates none either; their headers are ignored then.
 */
final class TracingWorkflowOutbound extends WorkflowOutboundCallsInterceptorBase {

  private final WorkflowTrace trace;

  TracingWorkflowOutbound(WorkflowOutboundCallsInterceptor next, WorkflowTrace trace) {
    super(next);
    this.trace = trace;
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
