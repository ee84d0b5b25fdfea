package dev.temporalboot.autoconfigure;

import dev.temporalboot.autoconfigure.internal.ConditionalOnTemporalSwitch;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.embedded.TimeSkippingClientInterceptor;
import dev.temporalboot.internal.embedded.TimeSkippingLock;
import dev.temporalboot.internal.nexus.NexusEndpoint;
import dev.temporalboot.internal.nexus.NexusEndpoints;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Runs the SDK's test server in-process when {@code io.temporal:temporal-test-server} is on the
 * classpath and no connection target is set, as Spring Boot falls back to an embedded database.
 */
@AutoConfiguration
@ConditionalOnClass(
    name = {"io.temporal.client.WorkflowClient", EmbeddedTemporalServer.SDK_TEST_SERVER_CLASS})
@ConditionalOnTemporalSwitch
@Conditional(OnEmbeddedServerCondition.class)
// Details of the application's own (e.g. a Testcontainers service connection) mean a server exists.
@ConditionalOnMissingBean(TemporalConnectionDetails.class)
@EnableConfigurationProperties(TemporalProperties.class)
@Import(TemporalPropertiesValidation.class)
public class TemporalEmbeddedServerAutoConfiguration {

  /** Property holding the port the embedded server actually listens on. */
  public static final String LOCAL_PORT_PROPERTY = "local.temporal.port";

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  EmbeddedTemporalServer embeddedTemporalServer(
      TemporalProperties properties, ConfigurableEnvironment environment) {
    if (StringUtils.hasText(properties.getConnection().getTarget())) {
      throw new InvalidTemporalPropertyException(
          "temporal.embedded.enabled",
          "it is true, but temporal.connection.target is set too, and the client can use only one.",
          "Remove temporal.connection.target to use the embedded server, or set"
              + " temporal.embedded.enabled to auto or false to use the target.");
    }
    TemporalProperties.Embedded embedded = properties.getEmbedded();
    String namespace = properties.getConnection().getNamespace();
    List<NexusEndpoint> endpoints =
        NexusOptionsLayers.endpoints(properties.getNexus().getEndpoints(), namespace);
    EmbeddedTemporalServer server =
        new EmbeddedTemporalServer(
            embedded.getAddress(), embedded.getPort(), embedded.isTimeSkipping());
    server.start();
    try {
      servedNamespaces(properties, endpoints).forEach(server::registerNamespace);
      if (!properties.getNamespaces().isEmpty()) {
        server.routeNexusByEndpointNamespace();
      }
      // The SDK's test server keeps one set of search attributes for all namespaces.
      server.registerSearchAttributes(namespace, embedded.getSearchAttributes());
      if (!endpoints.isEmpty()) {
        NexusEndpoints.withOperator(
            OperatorServiceStubsOptions.newBuilder().setTarget(server.getTarget()).build(),
            (operator) -> {
              NexusEndpoints.create(operator, endpoints);
              return endpoints;
            });
      }
    } catch (RuntimeException ex) {
      server.close();
      throw ex;
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "temporal.embedded", Map.of(LOCAL_PORT_PROPERTY, server.getPort())));
    return server;
  }

  /**
   * The namespaces the application names on this server: the primary one, each alias without a
   * target of its own, and those the declared Nexus endpoints lead to.
   */
  static Set<String> servedNamespaces(
      TemporalProperties properties, List<NexusEndpoint> endpoints) {
    Set<String> names = new LinkedHashSet<>();
    names.add(properties.getConnection().getNamespace());
    properties
        .getNamespaces()
        .forEach(
            (alias, entry) -> {
              if (!StringUtils.hasText(entry.getConnection().getTarget())) {
                names.add(
                    StringUtils.hasText(entry.getNamespace())
                        ? entry.getNamespace().trim()
                        : alias);
              }
            });
    endpoints.forEach((endpoint) -> names.add(endpoint.namespace()));
    return names;
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnTemporalSwitch("temporal.embedded.time-skipping")
  TimeSkippingLock temporalTimeSkippingLock(EmbeddedTemporalServer server) {
    return server.newTimeSkippingLock();
  }

  @Bean
  @ConditionalOnTemporalSwitch("temporal.embedded.time-skipping")
  TimeSkippingClientInterceptor temporalTimeSkippingClientInterceptor(TimeSkippingLock lock) {
    return new TimeSkippingClientInterceptor(lock);
  }

  @Bean
  @ConditionalOnMissingBean(TemporalConnectionDetails.class)
  TemporalConnectionDetails temporalConnectionDetails(
      EmbeddedTemporalServer server, TemporalProperties properties) {
    TemporalProperties.Connection connection = properties.getConnection();
    if (StringUtils.hasText(connection.getApiKey()) || PropertiesTls.isEnabled(connection)) {
      throw new InvalidTemporalPropertyException(
          StringUtils.hasText(connection.getApiKey())
              ? "temporal.connection.api-key"
              : "temporal.connection.tls.enabled",
          "it is set, but no temporal.connection.target is, so the app would use the embedded"
              + " server, which has no TLS or authentication.",
          "Set temporal.connection.target to the server that needs it, or remove it for local"
              + " runs (or set temporal.embedded.enabled=false).");
    }
    return new EmbeddedTemporalConnectionDetails(
        server,
        connection.getNamespace(),
        StringUtils.hasText(connection.getIdentity()) ? connection.getIdentity() : null);
  }
}
