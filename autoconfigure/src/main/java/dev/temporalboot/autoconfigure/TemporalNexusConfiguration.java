package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.nexus.NexusDefaultsInterceptor;
import dev.temporalboot.internal.nexus.NexusEndpointCheck;
import dev.temporalboot.internal.nexus.NexusEndpoints;
import dev.temporalboot.internal.worker.WorkerAssemblyListener;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactoryOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Nexus for the workers: the default options under every operation a workflow starts, and the check
 * of the endpoints once the workers are assembled.
 */
@Configuration(proxyBeanMethods = false)
class TemporalNexusConfiguration {

  // Before the application's customizers, which get the last word on the factory's options.
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  TemporalCustomizer<WorkerFactoryOptions.Builder> temporalNexusDefaults(
      TemporalProperties properties) {
    return new NexusDefaultsInterceptor(
            NexusOptionsLayers.defaults(properties.getNexus().getServices()))
        ::addTo;
  }

  @Bean
  WorkerAssemblyListener temporalNexusEndpointCheck(
      TemporalProperties properties,
      TemporalConnectionDetails details,
      ObjectProvider<WorkflowServiceStubs> stubs,
      ObjectProvider<EmbeddedTemporalServer> embedded) {
    NexusEndpointCheck check =
        new NexusEndpointCheck(
            NexusOptionsLayers.endpoints(
                properties.getNexus().getEndpoints(), details.getNamespace()),
            details.getNamespace(),
            embedded.getIfAvailable() != null,
            (names) ->
                NexusEndpoints.withOperator(
                    stubs.getObject().getOptions(),
                    (operator) -> NexusEndpoints.missing(operator, names)));
    return (plan, registrar) -> check.check(plan.nexusEndpoints(), plan.taskQueues());
  }
}
