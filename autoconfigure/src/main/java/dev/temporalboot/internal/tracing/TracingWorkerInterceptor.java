package dev.temporalboot.internal.tracing;

import dev.temporalboot.tracing.TemporalCall;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Makes workflow runs, their signal, query and update handlers ({@code temporal.workflow}) and
 * activity executions ({@code temporal.activity}) observations that continue the trace carried in
 * their Temporal headers, and passes the trace on to what the workflow starts.
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
