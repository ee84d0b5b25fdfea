package dev.temporalboot.internal.nexus;

import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import io.temporal.worker.WorkerFactoryOptions;
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
 *
 * <p>It is added to the worker factory's options by {@link #addTo}, not published as a {@code
 * WorkerInterceptor} bean, so that an application's own single interceptor bean stays the only one.
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

  /**
   * Puts this interceptor first in a worker factory's chain, before the interceptors already set,
   * so that they all see the options an operation runs with; with no defaults it adds nothing.
   *
   * @param builder the worker factory's options
   */
  public void addTo(WorkerFactoryOptions.Builder builder) {
    if (this.empty) {
      return;
    }
    WorkerInterceptor[] current = builder.build().getWorkerInterceptors();
    int count = (current != null) ? current.length : 0;
    WorkerInterceptor[] chain = new WorkerInterceptor[count + 1];
    chain[0] = this;
    if (current != null) {
      System.arraycopy(current, 0, chain, 1, count);
    }
    builder.setWorkerInterceptors(chain);
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
