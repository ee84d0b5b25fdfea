package dev.temporalboot.internal.connection;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.TemporalConnectionException;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubsPlugin;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * Creates the {@link WorkflowServiceStubs}: target, timeouts, TLS, API key, plugins, then
 * customizers.
 */
public final class ServiceStubsFactory {

  private static final Logger logger = LoggerFactory.getLogger(ServiceStubsFactory.class);

  private final TemporalConnectionDetails details;

  private final Duration rpcTimeout;

  private final boolean failFast;

  private final String connectionKey;

  /**
   * Creates a factory.
   *
   * @param details where and how to connect
   * @param rpcTimeout the timeout of ordinary calls
   * @param failFast whether {@link #create} checks that the service answers
   */
  public ServiceStubsFactory(
      TemporalConnectionDetails details, Duration rpcTimeout, boolean failFast) {
    this(details, rpcTimeout, failFast, "temporal.connection");
  }

  /**
   * Creates a factory for a connection configured under a key of its own.
   *
   * @param details where and how to connect
   * @param rpcTimeout the timeout of ordinary calls
   * @param failFast whether {@link #create} checks that the service answers
   * @param connectionKey the connection's key, named when fail-fast fails
   */
  public ServiceStubsFactory(
      TemporalConnectionDetails details,
      Duration rpcTimeout,
      boolean failFast,
      String connectionKey) {
    this.details = details;
    this.rpcTimeout = rpcTimeout;
    this.failFast = failFast;
    this.connectionKey = connectionKey;
  }

  /**
   * Builds the options, applying the customizers last. The SDK runs the plugins' {@code
   * configureServiceStubs} on these options when {@link #create} creates the stubs.
   *
   * @param plugins the plugins to set on the stubs, in order
   * @param customizers customizers of the stubs options, in order
   * @return the options
   */
  public WorkflowServiceStubsOptions createOptions(
      List<WorkflowServiceStubsPlugin> plugins,
      List<TemporalCustomizer<WorkflowServiceStubsOptions.Builder>> customizers) {
    WorkflowServiceStubsOptions.Builder builder =
        WorkflowServiceStubsOptions.newBuilder()
            .setTarget(Targets.validate(this.details.getTarget()))
            .setRpcTimeout(this.rpcTimeout);
    applySecurity(builder);
    builder.setPlugins(plugins.toArray(WorkflowServiceStubsPlugin[]::new));
    customizers.forEach((customizer) -> customizer.customize(builder));
    return builder.build();
  }

  /**
   * Creates the stubs. Fail-fast checks the server now; otherwise they connect in the background
   * (see {@link ConnectionWarmUp}), and a server that does not answer is left to the workers'
   * start.
   *
   * @param options the options from {@link #createOptions}
   * @return the stubs
   */
  public WorkflowServiceStubs create(WorkflowServiceStubsOptions options) {
    return create(options, null);
  }

  /**
   * Creates the stubs from plugins and customizers, taking over the early connection's stubs when
   * there are none of either, so that they would be created with the same options.
   *
   * @param plugins the plugins to set on the stubs, in order
   * @param customizers customizers of the stubs options, in order
   * @param early the stubs being created in the background, if any
   * @return the stubs
   */
  public WorkflowServiceStubs create(
      List<WorkflowServiceStubsPlugin> plugins,
      List<TemporalCustomizer<WorkflowServiceStubsOptions.Builder>> customizers,
      @Nullable EarlyConnection early) {
    WorkflowServiceStubsOptions options = createOptions(plugins, customizers);
    WorkflowServiceStubs taken =
        (early != null)
            ? early.take(plugins.isEmpty() && customizers.isEmpty() ? inputs() : null)
            : null;
    return create(options, taken);
  }

  private WorkflowServiceStubs create(
      WorkflowServiceStubsOptions options, @Nullable WorkflowServiceStubs taken) {
    WorkflowServiceStubs stubs =
        (taken != null) ? taken : WorkflowServiceStubs.newServiceStubs(options);
    if (this.failFast) {
      try {
        stubs
            .blockingStub()
            .withDeadlineAfter(this.rpcTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      } catch (StatusRuntimeException ex) {
        stubs.shutdownNow();
        throw new TemporalConnectionException(
            options.getTarget(), this.connectionKey, GrpcErrors.describe(ex), ex);
      }
    } else if (taken == null) {
      ConnectionWarmUp.start(stubs, this.rpcTimeout);
    }
    logger.info(
        "Temporal client for namespace '{}' at {}{}",
        this.details.getNamespace(),
        options.getTarget(),
        usesTls(options) ? " (TLS)" : "");
    return stubs;
  }

  Duration rpcTimeout() {
    return this.rpcTimeout;
  }

  /**
   * What the options without plugins and customizers are made of.
   *
   * @return the inputs, or null when the TLS material cannot be read back to be compared
   */
  @Nullable ConnectionInputs inputs() {
    return ConnectionInputs.of(this.details, this.rpcTimeout);
  }

  private void applySecurity(WorkflowServiceStubsOptions.Builder builder) {
    TemporalConnectionDetails.Tls tls = this.details.getTls();
    if (tls == null) {
      // Explicit, because the SDK turns TLS on by itself whenever an API key is added.
      builder.setEnableHttps(false);
    } else if (tls.bundle() != null) {
      try {
        builder.setSslContext(SslContexts.of(tls.bundle()));
      } catch (IOException | RuntimeException ex) {
        throw new InvalidTemporalComponentException(
            "TLS of " + this.details.getClass().getName(),
            "its SSL bundle cannot be used for TLS: " + ex.getMessage(),
            "Check the bundle's certificates and keys.",
            ex);
      }
    } else {
      builder.setEnableHttps(true);
    }
    if (tls != null && StringUtils.hasText(tls.serverName())) {
      String serverName = tls.serverName();
      builder.setChannelInitializer((channel) -> channel.overrideAuthority(serverName));
    }
    String apiKey = this.details.getApiKey();
    if (StringUtils.hasText(apiKey)) {
      builder.addApiKey(() -> apiKey);
    }
  }

  private static boolean usesTls(WorkflowServiceStubsOptions options) {
    return options.getSslContext() != null || options.getEnableHttps();
  }
}
