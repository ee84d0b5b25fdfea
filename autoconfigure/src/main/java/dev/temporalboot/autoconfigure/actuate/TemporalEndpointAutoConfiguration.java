package dev.temporalboot.autoconfigure.actuate;

import dev.temporalboot.actuate.TemporalEndpointContributor;
import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.TemporalEmbeddedServerAutoConfiguration;
import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.actuate.ConnectionDescriptor;
import dev.temporalboot.internal.actuate.NexusSection;
import dev.temporalboot.internal.actuate.OptionDescriptions;
import dev.temporalboot.internal.actuate.ScheduleSection;
import dev.temporalboot.internal.actuate.TemporalEndpoint;
import dev.temporalboot.internal.actuate.TemporalEndpointWebExtension;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import dev.temporalboot.internal.nexus.KnownNexusEndpoints;
import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/** The {@code temporal} actuator endpoint. */
@AutoConfiguration(after = TemporalAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, WorkflowServiceStubs.class})
@ConditionalOnBean({WorkflowServiceStubs.class, TemporalConnectionDetails.class})
@ConditionalOnAvailableEndpoint(TemporalEndpoint.class)
public class TemporalEndpointAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  TemporalEndpoint temporalEndpoint(
      WorkflowServiceStubs stubs,
      TemporalConnectionDetails details,
      Environment environment,
      ObjectProvider<WorkerAssembly> assembly,
      ObjectProvider<TemporalWorkers> workers,
      ObjectProvider<WorkerFactory> factory,
      ObjectProvider<TemporalEndpointContributor> contributors,
      ObjectProvider<TemporalProperties> properties,
      ObjectProvider<DeclaredSchedules> schedules,
      ObjectProvider<WorkflowClient> client,
      BeanFactory beanFactory) {
    WorkflowServiceStubsOptions options = stubs.getOptions();
    Integer embeddedPort =
        environment.getProperty(
            TemporalEmbeddedServerAutoConfiguration.LOCAL_PORT_PROPERTY, Integer.class);
    ConnectionDescriptor connection =
        new ConnectionDescriptor(
            options.getTarget(),
            details.getNamespace(),
            options.getSslContext() != null || options.getEnableHttps(),
            details.getApiKey() != null,
            // the embedded server runs only when no connection details of the app's own exist
            embeddedPort != null,
            embeddedPort);
    return new TemporalEndpoint(
        connection,
        assembly.getIfAvailable(),
        workers.getIfAvailable(),
        factory.getIfAvailable(),
        AliasNamespaces.of(beanFactory, properties),
        contributors.orderedStream().toList(),
        schedules(schedules.getIfAvailable(), client.getIfAvailable()));
  }

  private static @Nullable ScheduleSection schedules(
      @Nullable DeclaredSchedules schedules, @Nullable WorkflowClient client) {
    return (schedules == null || client == null) ? null : new ScheduleSection(schedules, client);
  }

  /** The {@code temporal.workflows} start options per workflow interface. */
  @Bean
  @Order(10)
  @ConditionalOnBean(DefaultTemporalWorkflows.class)
  TemporalEndpointContributor temporalWorkflowDefaultsContributor(
      DefaultTemporalWorkflows workflows) {
    return contributor(
        "workflows", () -> describe(workflows.getDefaults(), OptionDescriptions::of));
  }

  /** The effective activity stub options per activity interface. */
  @Bean
  @Order(20)
  @ConditionalOnBean(WorkerAssembly.class)
  TemporalEndpointContributor temporalActivityOptionsContributor(WorkerAssembly assembly) {
    return contributor(
        "activities",
        () ->
            describe(
                assembly.plan().activityOptions().describe(),
                (options) ->
                    (options instanceof LocalActivityOptions local)
                        ? OptionDescriptions.of(local)
                        : OptionDescriptions.of((ActivityOptions) options)));
  }

  /** The Nexus endpoints the app declares or names, and the stub options per Nexus service. */
  @Bean
  @Order(30)
  @ConditionalOnBean({WorkerAssembly.class, KnownNexusEndpoints.class})
  TemporalEndpointContributor temporalNexusContributor(
      WorkerAssembly assembly, KnownNexusEndpoints endpoints) {
    return contributor("nexus", () -> NexusSection.describe(assembly.plan(), endpoints));
  }

  private static TemporalEndpointContributor contributor(String name, Supplier<Object> section) {
    return new TemporalEndpointContributor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Object describe() {
        return section.get();
      }
    };
  }

  private static <V> Map<String, Object> describe(
      Map<Class<?>, V> byInterface, Function<V, Object> description) {
    Map<String, Object> described = new TreeMap<>();
    byInterface.forEach((type, value) -> described.put(type.getName(), description.apply(value)));
    return described;
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(TemporalEndpoint.class)
  TemporalEndpointWebExtension temporalEndpointWebExtension(TemporalEndpoint endpoint) {
    return new TemporalEndpointWebExtension(endpoint);
  }
}
