package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.nexus.KnownNexusEndpoints;
import dev.temporalboot.internal.nexus.NexusDefaultsInterceptor;
import dev.temporalboot.internal.nexus.NexusEndpointCheck;
import dev.temporalboot.internal.nexus.NexusEndpoints;
import dev.temporalboot.internal.worker.NamespaceAssemblies;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactoryOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Nexus for the workers: the default options under every operation a workflow starts, what is known
 * of the endpoints, and their check once the workers are assembled.
 */
@Configuration(proxyBeanMethods = false)
class TemporalNexusConfiguration {

  private static final Logger logger = LoggerFactory.getLogger(TemporalNexusConfiguration.class);

  /** How long one endpoint lookup waits for the server: health polls it too. */
  static final Duration LOOKUP_DEADLINE = Duration.ofSeconds(5);

  // Before the application's customizers, which get the last word on the factory's options.
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  TemporalCustomizer<WorkerFactoryOptions.Builder> temporalNexusDefaults(
      TemporalProperties properties) {
    return new NexusDefaultsInterceptor(
            NexusOptionsLayers.defaults(properties.getNexus().getServices()))
        ::addTo;
  }

  /** The endpoints, with every server answer about them, for the check, health and actuator. */
  @Bean
  KnownNexusEndpoints temporalKnownNexusEndpoints(
      TemporalProperties properties,
      TemporalConnectionDetails details,
      ObjectProvider<WorkflowServiceStubs> stubs,
      ObjectProvider<EmbeddedTemporalServer> embedded) {
    return new KnownNexusEndpoints(
        NexusOptionsLayers.endpoints(properties.getNexus().getEndpoints(), details.getNamespace()),
        embedded.getIfAvailable() != null,
        (names) ->
            NexusEndpoints.withOperator(
                stubs.getObject().getOptions(),
                (operator) ->
                    NexusEndpoints.missing(
                        operator.withDeadlineAfter(
                            LOOKUP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS),
                        names)));
  }

  /**
   * Checks the endpoints once every namespace's workers are assembled: an endpoint may lead to a
   * queue of any namespace of this application. Never lazy: with lazy initialization it would not
   * run at all.
   */
  @Bean
  @Lazy(false)
  SmartInitializingSingleton temporalNexusEndpointCheck(
      KnownNexusEndpoints endpoints, WorkflowServiceStubs stubs, ListableBeanFactory beanFactory) {
    NexusEndpointCheck check =
        new NexusEndpointCheck(endpoints.declared(), endpoints.embedded(), endpoints);
    return () -> {
      NamespaceAssemblies assemblies = NamespaceAssemblies.of(beanFactory);
      assemblies
          .nexusEndpointsNotOn(stubs)
          .forEach(
              (namespace, names) ->
                  logger.info(
                      "Nexus endpoints {} named by workflows of namespace {} are not checked at"
                          + " start-up nor by health: its server is not the primary namespace's,"
                          + " where the endpoints are looked up",
                      names,
                      namespace.describe()));
      check.check(assemblies.nexusEndpointsOn(stubs), assemblies.taskQueuesByNamespace());
    };
  }
}
