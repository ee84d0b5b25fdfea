package dev.temporalboot.autoconfigure.actuate;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.actuate.AliasNamespace;
import dev.temporalboot.internal.actuate.DynamicCompositeHealthContributor;
import dev.temporalboot.internal.actuate.TemporalConnectionHealthIndicator;
import dev.temporalboot.internal.actuate.TemporalNexusHealthIndicator;
import dev.temporalboot.internal.actuate.TemporalReadinessGroupPostProcessor;
import dev.temporalboot.internal.actuate.TemporalWorkersHealthIndicator;
import dev.temporalboot.internal.nexus.KnownNexusEndpoints;
import dev.temporalboot.internal.worker.NamespaceAssemblies;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
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
 * Health contributor {@code temporal}: {@code connection}, with workers {@code workers}, one
 * composite per {@code temporal.namespaces} alias with its own {@code connection} and {@code
 * workers}, and on a server other than the embedded one, once an endpoint is named, {@code nexus};
 * a member of the readiness group ({@code nexus} excepted), never of liveness (a restart does not
 * bring Temporal back).
 */
@AutoConfiguration(after = TemporalAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, WorkflowServiceStubs.class})
@ConditionalOnBean({WorkflowServiceStubs.class, TemporalConnectionDetails.class})
@ConditionalOnEnabledHealthIndicator("temporal")
public class TemporalHealthContributorAutoConfiguration {

  /**
   * The endpoint check stays out of readiness: a missing endpoint is an operator's fix, and an
   * unready pod (every replica of it) would only lose its HTTP traffic, Nexus or not.
   */
  static final String NEXUS = "nexus";

  static final String READINESS_INCLUDE = "management.endpoint.health.group.readiness.include";

  @Bean
  @ConditionalOnMissingBean(name = "temporalHealthContributor")
  HealthContributor temporalHealthContributor(
      WorkflowServiceStubs stubs,
      TemporalConnectionDetails details,
      ObjectProvider<WorkerAssembly> assembly,
      ObjectProvider<TemporalWorkers> workers,
      ObjectProvider<KnownNexusEndpoints> nexusEndpoints,
      ObjectProvider<TemporalProperties> properties,
      ListableBeanFactory beanFactory) {
    WorkerAssembly plan = assembly.getIfAvailable();
    Map<String, HealthContributor> contributors =
        namespace(stubs, details.getNamespace(), plan, workers.getIfAvailable());
    // Each alias beside the primary namespace's members, which stay where probes expect them.
    for (AliasNamespace alias : AliasNamespaces.of(beanFactory, properties)) {
      contributors.put(
          alias.alias(),
          CompositeHealthContributor.fromMap(
              namespace(
                  alias.stubs(), alias.namespace().name(), alias.assembly(), alias.workers())));
    }
    KnownNexusEndpoints known = nexusEndpoints.getIfAvailable();
    if (plan == null || known == null || known.embedded()) {
      // The embedded server has every endpoint named, or start-up failed.
      return CompositeHealthContributor.fromMap(contributors);
    }
    // The endpoints named by the workflows of every namespace on the primary namespace's server.
    Supplier<Map<String, String>> named =
        () -> NamespaceAssemblies.of(beanFactory).nexusEndpointsOn(stubs);
    TemporalNexusHealthIndicator nexus =
        new TemporalNexusHealthIndicator(
            named, known, TemporalConnectionHealthIndicator.DEFAULT_TTL);
    return new DynamicCompositeHealthContributor(
        () -> {
          if (named.get().isEmpty()) {
            return contributors;
          }
          Map<String, HealthContributor> members = new LinkedHashMap<>(contributors);
          members.put(NEXUS, nexus);
          return members;
        });
  }

  /** The members of one namespace: {@code connection}, and with workers {@code workers}. */
  private static Map<String, HealthContributor> namespace(
      WorkflowServiceStubs stubs,
      String namespace,
      @Nullable WorkerAssembly assembly,
      @Nullable TemporalWorkers workers) {
    Map<String, HealthContributor> members = new LinkedHashMap<>();
    members.put(
        "connection",
        new TemporalConnectionHealthIndicator(
            stubs,
            namespace,
            TemporalConnectionHealthIndicator.DEFAULT_TTL,
            TemporalConnectionHealthIndicator.DEFAULT_DEADLINE));
    if (assembly != null && workers != null) {
      members.put("workers", new TemporalWorkersHealthIndicator(assembly, workers));
    }
    return members;
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
      return new TemporalReadinessGroupPostProcessor("temporal", Set.of("temporal/" + NEXUS));
    }
  }
}
