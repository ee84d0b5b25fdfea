package dev.temporalboot.internal.nexus;

import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import io.temporal.workflow.NexusOperationOptions;
import org.jspecify.annotations.Nullable;

/**
 * Applies {@code temporal.nexus.services.default} under the options of every Nexus operation a
 * workflow starts, filling only what no other source set.
 *
 * <p>This is not done with {@code WorkflowImplementationOptions.setDefaultNexusServiceOptions}: for
 * a stub made in workflow code without options, the SDK merges that default <em>over</em> the
 * service's own entry, replacing its endpoint and its operation options whole, so a service's YAML
 * would lose to the default. The services' own entries stay in {@code setNexusServiceOptions}.
 */
public final class NexusDefaultsInterceptor extends WorkerInterceptorBase {

  private final @Nullable String endpoint;

  private final NexusOperationOptions options;

  private final boolean empty;

  /**
   * Creates the interceptor.
   *
   * @param defaults the {@code temporal.nexus.services.default} layer
   */
  public NexusDefaultsInterceptor(NexusOptionsLayer defaults) {
    this.endpoint = defaults.endpoint();
    this.options = defaults.toOperationOptions();
    this.empty = NexusOptionsLayer.empty(defaults.source()).equals(defaults);
  }

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    if (this.empty) {
      return next;
    }
    return new WorkflowInboundCallsInterceptorBase(next) {
      @Override
      public void init(WorkflowOutboundCallsInterceptor outboundCalls) {
        super.init(new DefaultsOutbound(outboundCalls));
      }
    };
  }

  private final class DefaultsOutbound extends WorkflowOutboundCallsInterceptorBase {

    DefaultsOutbound(WorkflowOutboundCallsInterceptor next) {
      super(next);
    }

    @Override
    public <R> ExecuteNexusOperationOutput<R> executeNexusOperation(
        ExecuteNexusOperationInput<R> input) {
      String endpoint = input.getEndpoint();
      NexusOperationOptions options =
          NexusOperationOptions.newBuilder(NexusDefaultsInterceptor.this.options)
              .mergeNexusOperationOptions(input.getOptions())
              .build();
      return super.executeNexusOperation(
          new ExecuteNexusOperationInput<>(
              (endpoint != null) ? endpoint : NexusDefaultsInterceptor.this.endpoint,
              input.getService(),
              input.getOperation(),
              input.getResultClass(),
              input.getResultType(),
              input.getArg(),
              options,
              input.getHeaders()));
    }
  }
}
