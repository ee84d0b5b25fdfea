package dev.temporalboot.connection;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.diagnostics.TemporalConnectionException;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/** Creates the {@link WorkflowServiceStubs}: target, timeouts, TLS, API key, then customizers. */
public final class ServiceStubsFactory {

  private static final Logger logger = LoggerFactory.getLogger(ServiceStubsFactory.class);

  private final TemporalConnectionDetails details;

  private final TemporalProperties.Connection connection;

  private final TlsSettings tls;

  public ServiceStubsFactory(
      TemporalConnectionDetails details,
      TemporalProperties.Connection connection,
      TlsSettings tls) {
    this.details = details;
    this.connection = connection;
    this.tls = tls;
  }

  /**
   * Builds the options, applying the customizers last.
   *
   * @param customizers customizers of the stubs options, in order
   * @return the options
   */
  public WorkflowServiceStubsOptions createOptions(
      List<TemporalCustomizer<WorkflowServiceStubsOptions.Builder>> customizers) {
    WorkflowServiceStubsOptions.Builder builder =
        WorkflowServiceStubsOptions.newBuilder()
            .setTarget(Targets.validate(this.details.getTarget()))
            .setRpcTimeout(this.connection.getRpcTimeout());
    if (this.details.isEmbedded()) {
      rejectSecurityForEmbeddedServer();
    } else {
      applySecurity(builder);
    }
    customizers.forEach((customizer) -> customizer.customize(builder));
    return builder.build();
  }

  /**
   * Creates the stubs; they connect lazily, unless fail-fast asks to check the server now.
   *
   * @param options the options from {@link #createOptions}
   * @return the stubs
   */
  public WorkflowServiceStubs create(WorkflowServiceStubsOptions options) {
    WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(options);
    if (this.connection.isFailFast()) {
      try {
        stubs
            .blockingStub()
            .withDeadlineAfter(this.connection.getRpcTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      } catch (StatusRuntimeException ex) {
        stubs.shutdownNow();
        throw new TemporalConnectionException(options.getTarget(), GrpcErrors.describe(ex), ex);
      }
    }
    logger.info(
        "Temporal client for namespace '{}' at {}{}",
        this.details.getNamespace(),
        options.getTarget(),
        this.details.isEmbedded() ? " (embedded server)" : (usesTls(options) ? " (TLS)" : ""));
    return stubs;
  }

  private void applySecurity(WorkflowServiceStubsOptions.Builder builder) {
    if (this.tls.isEnabled()) {
      SslContext sslContext = this.tls.createSslContext();
      if (sslContext != null) {
        builder.setSslContext(sslContext);
      } else {
        builder.setEnableHttps(true);
      }
    } else {
      // Explicit, because the SDK turns TLS on by itself whenever an API key is added.
      builder.setEnableHttps(false);
    }
    String serverName = this.connection.getTls().getServerName();
    if (StringUtils.hasText(serverName)) {
      builder.setChannelInitializer((channel) -> channel.overrideAuthority(serverName));
    }
    String apiKey = this.connection.getApiKey();
    if (StringUtils.hasText(apiKey)) {
      builder.addApiKey(() -> apiKey);
    }
  }

  private void rejectSecurityForEmbeddedServer() {
    if (StringUtils.hasText(this.connection.getApiKey()) || this.tls.isEnabled()) {
      String property =
          StringUtils.hasText(this.connection.getApiKey())
              ? "temporal.connection.api-key"
              : "temporal.connection.tls.enabled";
      throw new InvalidTemporalPropertyException(
          property,
          "it is set, but no temporal.connection.target is, so the app would use the embedded"
              + " server, which has no TLS or authentication.",
          "Set temporal.connection.target to the server that needs it, or remove it for local"
              + " runs (or set temporal.embedded.enabled=false).");
    }
  }

  private static boolean usesTls(WorkflowServiceStubsOptions options) {
    return options.getSslContext() != null || options.getEnableHttps();
  }
}
