package dev.temporalboot.internal.tracing;

import dev.temporalboot.tracing.TemporalCall;
import io.nexusrpc.OperationException;
import io.nexusrpc.handler.OperationContext;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptor;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptorBase;
import io.temporal.common.interceptors.NexusOperationOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.nexus.NexusOperationInfo;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Makes workflow runs, their signal, query and update handlers ({@code temporal.workflow}),
 * activity executions ({@code temporal.activity}) and Nexus operation handlers' starts and cancels
 * ({@code temporal.nexus.handler}) observations that continue the trace carried in their Temporal
 * or Nexus headers, and passes the trace on to what the workflow starts.
 *
 * <p>Workflow observations are created only when the code is not replaying, so a history replayed
 * after a cache eviction or on another worker adds no spans; see {@link TracingWorkflowInbound}.
 */
public class TracingWorkerInterceptor extends WorkerInterceptorBase {

  private final TemporalObservations observations;

  /** Creates the interceptor. */
  public TracingWorkerInterceptor(TemporalObservations observations) {
    this.observations = observations;
  }

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    return new TracingWorkflowInbound(next, this.observations);
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityInbound(next);
  }

  @Override
  public NexusOperationInboundCallsInterceptor interceptNexusOperation(
      OperationContext context, NexusOperationInboundCallsInterceptor next) {
    return new NexusInbound(next);
  }

  /**
   * One observation per start or cancel request, continuing the trace in the request's Nexus
   * headers: a handler runs once per request, it is never replayed.
   */
  private final class NexusInbound extends NexusOperationInboundCallsInterceptorBase {

    private @Nullable NexusOperationInfo info;

    NexusInbound(NexusOperationInboundCallsInterceptor next) {
      super(next);
    }

    @Override
    public void init(NexusOperationOutboundCallsInterceptor outboundCalls) {
      this.info = outboundCalls.getInfo();
      super.init(outboundCalls);
    }

    @Override
    public StartOperationOutput startOperation(StartOperationInput input)
        throws OperationException {
      OperationContext context = input.getOperationContext();
      return observations.observeNexusHandler(
          call("start", context), headers(context), () -> super.startOperation(input));
    }

    @Override
    public CancelOperationOutput cancelOperation(CancelOperationInput input) {
      OperationContext context = input.getOperationContext();
      return observations.observeNexusHandler(
          call("cancel", context), headers(context), () -> super.cancelOperation(input));
    }

    private TemporalCall call(String operation, OperationContext context) {
      NexusOperationInfo info =
          Objects.requireNonNull(this.info, "the SDK calls init before the handler");
      TemporalCall.NexusOperation nexus =
          new TemporalCall.NexusOperation(
              info.getEndpoint(), context.getService(), context.getOperation());
      return new TemporalCall(
          TemporalCall.Side.NEXUS_HANDLER,
          operation,
          nexus.qualifiedName(),
          null,
          null,
          info.getTaskQueue(),
          info.getNamespace(),
          null,
          null,
          nexus);
    }

    /** Nexus headers are HTTP headers: the caller's SDK lowercases their names on the way. */
    private static Map<String, String> headers(OperationContext context) {
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(context.getHeaders());
      return headers;
    }
  }

  /** One observation per attempt: activities are never replayed. */
  private final class ActivityInbound extends ActivityInboundCallsInterceptorBase {

    private @Nullable TemporalCall call;

    ActivityInbound(ActivityInboundCallsInterceptor next) {
      super(next);
    }

    @Override
    public void init(ActivityExecutionContext context) {
      ActivityInfo info = context.getInfo();
      this.call =
          new TemporalCall(
              TemporalCall.Side.ACTIVITY,
              "run",
              info.getActivityType(),
              info.getWorkflowType(),
              info.getActivityType(),
              info.getActivityTaskQueue(),
              info.getNamespace(),
              info.getWorkflowId(),
              info.getRunId());
      super.init(context);
    }

    @Override
    public ActivityOutput execute(ActivityInput input) {
      TemporalCall call = Objects.requireNonNull(this.call, "the SDK calls init before execute");
      return observations.observeActivity(call, input.getHeader(), () -> super.execute(input));
    }
  }
}
