package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.autoconfigure.internal.ConditionalOnTemporalSwitch;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import dev.temporalboot.internal.client.PayloadJsonMappers;
import dev.temporalboot.internal.client.TemporalDataConverters;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowClientPlugin;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleClientPlugin;
import io.temporal.common.context.ContextPropagator;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.PayloadConverter;
import io.temporal.common.interceptors.ScheduleClientInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubsPlugin;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Connects to Temporal: service stubs, the workflow and schedule clients, the data converter and
 * {@link TemporalWorkflows}, with the workers in {@link TemporalWorkerConfiguration}.
 */
@AutoConfiguration(after = TemporalEmbeddedServerAutoConfiguration.class)
@ConditionalOnClass(WorkflowClient.class)
@ConditionalOnTemporalSwitch
@EnableConfigurationProperties(TemporalProperties.class)
@Import({
  TemporalPropertiesValidation.class,
  TemporalWorkerConfiguration.class,
  TemporalScheduleConfiguration.class
})
public class TemporalAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(TemporalConnectionDetails.class)
  TemporalConnectionDetails temporalConnectionDetails(
      TemporalProperties properties,
      ResourceLoader resourceLoader,
      ObjectProvider<SslBundles> sslBundles) {
    if (properties.getEmbedded().getEnabled() == TemporalProperties.EmbeddedMode.TRUE
        && !StringUtils.hasText(properties.getConnection().getTarget())
        && !ClassUtils.isPresent(
            EmbeddedTemporalServer.SDK_TEST_SERVER_CLASS, resourceLoader.getClassLoader())) {
      throw new InvalidTemporalPropertyException(
          "temporal.embedded.enabled",
          "it is true, but the embedded server (io.temporal:temporal-test-server) is not on the"
              + " classpath.",
          "Add the dependency io.temporal:temporal-test-server, or set"
              + " temporal.connection.target to a Temporal server.");
    }
    return new PropertiesTemporalConnectionDetails(
        properties.getConnection(), resourceLoader, sslBundles.getIfAvailable());
  }

  @Bean
  @ConditionalOnMissingBean
  DataConverter temporalDataConverter(
      TemporalProperties properties,
      BeanFactory beanFactory,
      ResourceLoader resourceLoader,
      ObjectProvider<PayloadCodec> codecs) {
    ApplicationJsonMappers mappers =
        new ApplicationJsonMappers(beanFactory, resourceLoader.getClassLoader());
    PayloadConverter json =
        PayloadJsonMappers.choose(
            properties.getDataConverter().getJsonMapper(), mappers::jackson2, mappers::jackson3);
    return TemporalDataConverters.create(json, codecs.orderedStream().toList());
  }

  /** The beans of each {@code temporal.namespaces} entry, qualified with its alias. */
  @Bean
  static TemporalNamespacesRegistrar temporalNamespacesRegistrar() {
    return new TemporalNamespacesRegistrar();
  }

  /** Starts creating the stubs below while the rest of the context is created. */
  @Bean
  static TemporalEarlyConnection temporalEarlyConnection(
      Environment environment, ResourceLoader resourceLoader) {
    return new TemporalEarlyConnection(environment, resourceLoader);
  }

  @Bean(destroyMethod = "shutdown")
  @ConditionalOnMissingBean
  WorkflowServiceStubs temporalWorkflowServiceStubs(
      TemporalConnectionDetails details,
      TemporalProperties properties,
      ConfigurableListableBeanFactory beanFactory,
      ObjectProvider<TemporalEarlyConnection> early,
      ObjectProvider<WorkflowServiceStubsPlugin> plugins,
      ObjectProvider<TemporalCustomizer<WorkflowServiceStubsOptions.Builder>> customizers) {
    TemporalProperties.Connection connection = properties.getConnection();
    TemporalEarlyConnection opened = early.getIfAvailable();
    return primary(beanFactory, properties)
        .stubs(
            details,
            connection.getRpcTimeout(),
            connection.isFailFast(),
            "temporal.connection",
            (opened != null) ? opened.connection() : null,
            plugins,
            customizers);
  }

  @Bean
  @ConditionalOnMissingBean
  WorkflowClient temporalWorkflowClient(
      WorkflowServiceStubs stubs,
      TemporalConnectionDetails details,
      TemporalProperties properties,
      ConfigurableListableBeanFactory beanFactory,
      DataConverter dataConverter,
      ObjectProvider<WorkflowClientInterceptor> interceptors,
      ObjectProvider<ContextPropagator> propagators,
      ObjectProvider<WorkflowClientPlugin> plugins,
      ObjectProvider<TemporalCustomizer<WorkflowClientOptions.Builder>> customizers) {
    return primary(beanFactory, properties)
        .workflowClient(
            stubs,
            details.getNamespace(),
            details.getIdentity(),
            dataConverter,
            interceptors,
            propagators,
            plugins,
            customizers);
  }

  @Bean
  @ConditionalOnMissingBean
  ScheduleClient temporalScheduleClient(
      WorkflowServiceStubs stubs,
      TemporalConnectionDetails details,
      TemporalProperties properties,
      ConfigurableListableBeanFactory beanFactory,
      DataConverter dataConverter,
      ObjectProvider<ScheduleClientInterceptor> interceptors,
      ObjectProvider<ContextPropagator> propagators,
      ObjectProvider<ScheduleClientPlugin> plugins,
      ObjectProvider<TemporalCustomizer<ScheduleClientOptions.Builder>> customizers) {
    return primary(beanFactory, properties)
        .scheduleClient(
            stubs,
            details.getNamespace(),
            details.getIdentity(),
            dataConverter,
            interceptors,
            propagators,
            plugins,
            customizers);
  }

  /** Builds the primary namespace's clients with the beans that apply to it. */
  static TemporalClients primary(
      ConfigurableListableBeanFactory beanFactory, TemporalProperties properties) {
    return new TemporalClients(
        new NamespaceFilter(beanFactory, "", properties.getNamespaces().keySet()));
  }

  @Bean
  @ConditionalOnMissingBean(TemporalWorkflows.class)
  DefaultTemporalWorkflows temporalWorkflows(
      WorkflowClient client,
      TemporalProperties properties,
      ObjectProvider<WorkerAssembly> workers,
      Environment environment,
      ResourceLoader resourceLoader,
      BeanFactory beanFactory) {
    List<String> packages = ApplicationPackages.of(beanFactory);
    return new DefaultTemporalWorkflows(
        client,
        new DefaultTemporalWorkflows.Settings(
            WorkflowOptionsFactory.PREFIX,
            WorkflowOptionsFactory.startOptions(
                properties.getWorkflows(), resourceLoader.getClassLoader()),
            packages,
            environment,
            resourceLoader),
        // A client-only app has no workers; the plan exists once every singleton does.
        () -> {
          WorkerAssembly assembly = workers.getIfAvailable();
          return (assembly != null) ? assembly.plan().workers() : List.of();
        });
  }
}
