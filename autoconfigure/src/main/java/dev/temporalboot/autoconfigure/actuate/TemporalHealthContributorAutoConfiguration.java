package dev.temporalboot.autoconfigure.actuate;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.actuate.TemporalConnectionHealthIndicator;
import dev.temporalboot.internal.actuate.TemporalReadinessGroupPostProcessor;
import dev.temporalboot.internal.actuate.TemporalWorkersHealthIndicator;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Health contributor {@code temporal}: {@code connection} and, with workers, {@code workers}; a
 * member of the readiness group, never of liveness (a restart does not bring Temporal back).
 */
@AutoConfiguration(after = TemporalAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, WorkflowServiceStubs.class})
@ConditionalOnBean({WorkflowServiceStubs.class, TemporalConnectionDetails.class})
@ConditionalOnEnabledHealthIndicator("temporal")
public class TemporalHealthContributorAutoConfiguration {

  static final String READINESS_INCLUDE = "management.endpoint.health.group.readiness.include";

  @Bean
  @ConditionalOnMissingBean(name = "temporalHealthContributor")
  HealthContributor temporalHealthContributor(
      WorkflowServiceStubs stubs,
      TemporalConnectionDetails details,
      ObjectProvider<WorkerAssembly> assembly,
      ObjectProvider<TemporalWorkers> workers) {
    Map<String, HealthContributor> contributors = new LinkedHashMap<>();
    contributors.put(
        "connection",
        new TemporalConnectionHealthIndicator(
            stubs,
            details.getNamespace(),
            TemporalConnectionHealthIndicator.DEFAULT_TTL,
            TemporalConnectionHealthIndicator.DEFAULT_DEADLINE));
    WorkerAssembly plan = assembly.getIfAvailable();
    TemporalWorkers registry = workers.getIfAvailable();
    if (plan != null && registry != null) {
      contributors.put("workers", new TemporalWorkersHealthIndicator(plan, registry));
    }
    return CompositeHealthContributor.fromMap(contributors);
  }

  /** Joins Boot's readiness probe group, unless the application lists its members itself. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor",
        "org.springframework.boot.actuate.endpoint.annotation.Endpoint"
      })
  @ConditionalOnBooleanProperty(
      name = "management.endpoint.health.probes.enabled",
      matchIfMissing = true)
  static class ReadinessGroupConfiguration {

    @Bean
    HealthEndpointGroupsPostProcessor temporalReadinessGroupPostProcessor(Environment environment) {
      if (environment.containsProperty(READINESS_INCLUDE)) {
        return (groups) -> groups;
      }
      return new TemporalReadinessGroupPostProcessor("temporal");
    }
  }
}
