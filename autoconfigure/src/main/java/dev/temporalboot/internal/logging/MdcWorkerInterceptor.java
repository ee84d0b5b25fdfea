package dev.temporalboot.internal.logging;

import dev.temporalboot.logging.MdcKeys;
import io.nexusrpc.OperationException;
import io.nexusrpc.handler.OperationContext;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptor;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptorBase;
import io.temporal.common.interceptors.NexusOperationOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Puts the workflow's, activity's or Nexus operation's identity ({@link MdcKeys}) into the SLF4J
 * MDC while workflow or activity code or a Nexus operation handler runs, and restores the MDC
 * afterwards.
 *
 * <p>The SDK runs many workflows on pooled (or virtual) threads, so the entries are set and removed
 * around each call into workflow code: the main method, signal, query and update handlers, and
 * threads the workflow starts. They then hold for the {@code Workflow.getLogger} loggers, which the
 * SDK keeps quiet during replay.
 */
public class MdcWorkerInterceptor extends WorkerInterceptorBase {

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    return new WorkflowInbound(next);
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

  private static <T> T withMdc(Map<String, String> entries, Supplier<T> call) {
    try (MdcScope scope = MdcScope.open(entries)) {
      return call.get();
    }
  }

  private static final class WorkflowInbound extends WorkflowInboundCallsInterceptorBase {

    private Map<String, String> entries = Map.of();

    WorkflowInbound(WorkflowInboundCallsInterceptor next) {
      super(next);
    }

    @Override
    public void init(WorkflowOutboundCallsInterceptor outboundCalls) {
      // init runs in the workflow's root thread; the identity does not change within a run.
      this.entries = MdcEntries.of(Workflow.getInfo());
      super.init(new WorkflowOutbound(outboundCalls, this.entries));
    }

    @Override
    public WorkflowOutput execute(WorkflowInput input) {
      return withMdc(this.entries, () -> super.execute(input));
    }

    @Override
    public void handleSignal(SignalInput input) {
      withMdc(
          this.entries,
          () -> {
            super.handleSignal(input);
            return null;
          });
    }

    @Override
    public QueryOutput handleQuery(QueryInput input) {
      return withMdc(this.entries, () -> super.handleQuery(input));
    }

    @Override
    public void validateUpdate(UpdateInput input) {
      withMdc(
          this.entries,
          () -> {
            super.validateUpdate(input);
            return null;
          });
    }

    @Override
    public UpdateOutput executeUpdate(UpdateInput input) {
      return withMdc(this.entries, () -> super.executeUpdate(input));
    }
  }

  /** Threads the workflow starts itself ({@code Async.function}, ...) get the keys too. */
  private static final class WorkflowOutbound extends WorkflowOutboundCallsInterceptorBase {

    private final Map<String, String> entries;

    WorkflowOutbound(WorkflowOutboundCallsInterceptor next, Map<String, String> entries) {
      super(next);
      this.entries = entries;
    }

    @Override
    public Object newChildThread(Runnable runnable, boolean detached, String name) {
      Runnable withMdc =
          () -> {
            try (MdcScope scope = MdcScope.open(this.entries)) {
              runnable.run();
            }
          };
      return super.newChildThread(withMdc, detached, name);
    }
  }

  private static final class ActivityInbound extends ActivityInboundCallsInterceptorBase {

    private Map<String, String> entries = Map.of();

    ActivityInbound(ActivityInboundCallsInterceptor next) {
      super(next);
    }

    @Override
    public void init(ActivityExecutionContext context) {
      this.entries = MdcEntries.of(context.getInfo());
      super.init(context);
    }

    @Override
    public ActivityOutput execute(ActivityInput input) {
      return withMdc(this.entries, () -> super.execute(input));
    }
  }

  /**
   * A handler's start and cancel, on the SDK's Nexus task threads: the service, operation, endpoint
   * and task queue, and on start the calling workflow when the request links to it.
   */
  private static final class NexusInbound extends NexusOperationInboundCallsInterceptorBase {

    private @Nullable NexusOperationOutboundCallsInterceptor outbound;

    NexusInbound(NexusOperationInboundCallsInterceptor next) {
      super(next);
    }

    @Override
    public void init(NexusOperationOutboundCallsInterceptor outboundCalls) {
      this.outbound = outboundCalls;
      super.init(outboundCalls);
    }

    @Override
    public StartOperationOutput startOperation(StartOperationInput input)
        throws OperationException {
      Map<String, String> entries = entries(input.getOperationContext());
      Map<String, String> withCaller =
          NexusCaller.of(input.getStartDetails().getLinks())
              .map((caller) -> MdcEntries.withCaller(entries, caller))
              .orElse(entries);
      try (MdcScope scope = MdcScope.open(withCaller)) {
        return super.startOperation(input);
      }
    }

    @Override
    public CancelOperationOutput cancelOperation(CancelOperationInput input) {
      return withMdc(entries(input.getOperationContext()), () -> super.cancelOperation(input));
    }

    private Map<String, String> entries(OperationContext context) {
      NexusOperationOutboundCallsInterceptor outbound =
          Objects.requireNonNull(this.outbound, "the SDK calls init before the handler");
      return MdcEntries.of(outbound.getInfo(), context);
    }
  }
}
