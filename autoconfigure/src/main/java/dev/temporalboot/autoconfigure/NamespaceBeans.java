package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalWorkerCustomizer;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import dev.temporalboot.internal.worker.AnnotatedBeanDeclarations;
import dev.temporalboot.internal.worker.StubOptionLayers;
import dev.temporalboot.internal.worker.TemporalNamespace;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerCustomizers;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowClientPlugin;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleClientPlugin;
import io.temporal.common.context.ContextPropagator;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.interceptors.ScheduleClientInterceptor;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubsPlugin;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkerPlugin;
import io.temporal.worker.WorkflowImplementationOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Creates the beans of one {@code temporal.namespaces} entry, as {@link TemporalAutoConfiguration}
 * and {@link TemporalWorkerConfiguration} create the primary namespace's. Each bean takes the
 * others of its alias by qualifier, so that one the application replaced is the one used.
 */
final class NamespaceBeans {

  private final ConfigurableListableBeanFactory beanFactory;

  private final String alias;

  private final Environment environment;

  private final ResourceLoader resourceLoader;

  NamespaceBeans(
      ConfigurableListableBeanFactory beanFactory,
      String alias,
      Environment environment,
      ResourceLoader resourceLoader) {
    this.beanFactory = beanFactory;
    this.alias = alias;
    this.environment = environment;
    this.resourceLoader = resourceLoader;
  }

  String alias() {
    return this.alias;
  }

  /**
   * Returns whether the application declares a bean of the type qualified with this alias, which
   * then replaces ours.
   */
  boolean hasApplicationBean(Class<?> type) {
    for (String name : this.beanFactory.getBeanNamesForType(type, true, false)) {
      if (BeanFactoryAnnotationUtils.isQualifierMatch(this.alias::equals, name, this.beanFactory)) {
        return true;
      }
    }
    return false;
  }

  TemporalNamespace namespace() {
    return new TemporalNamespace(this.alias, entry().namespaceOr(this.alias));
  }

  WorkflowServiceStubs stubs() {
    TemporalProperties properties = properties();
    AliasConnection connection =
        new AliasConnection(this.alias, entry().getConnection(), properties.getConnection());
    connection.checkInheritable();
    NamespaceFilter filter = filter();
    boolean ownCustomization =
        filter.hasOwn(ResolvableType.forClass(WorkflowServiceStubsPlugin.class))
            || filter.hasOwn(
                TemporalClients.customizerType(WorkflowServiceStubsOptions.Builder.class));
    if (connection.sharesPrimary() && !ownCustomization) {
      return this.beanFactory.getBean(WorkflowServiceStubs.class);
    }
    TemporalConnectionDetails primary = this.beanFactory.getBean(TemporalConnectionDetails.class);
    TemporalConnectionDetails details =
        connection.details(
            namespace().name(),
            primary,
            primary instanceof EmbeddedTemporalConnectionDetails,
            this.resourceLoader,
            this.beanFactory.getBeanProvider(SslBundles.class).getIfAvailable());
    String key = connection.channelKey() + (ownCustomization ? "\u0000" + this.alias : "");
    return this.beanFactory
        .getBean(NamespaceChannels.class)
        .get(
            key,
            () ->
                new TemporalClients(filter)
                    .stubs(
                        details,
                        connection.rpcTimeout(),
                        connection.failFast(),
                        prefix() + ".connection",
                        null,
                        this.beanFactory.getBeanProvider(WorkflowServiceStubsPlugin.class),
                        this.beanFactory.getBeanProvider(
                            TemporalClients.customizerType(
                                WorkflowServiceStubsOptions.Builder.class))));
  }

  WorkflowClient workflowClient() {
    return new TemporalClients(filter())
        .workflowClient(
            own(WorkflowServiceStubs.class),
            namespace().name(),
            identity(),
            dataConverter(),
            this.beanFactory.getBeanProvider(WorkflowClientInterceptor.class),
            this.beanFactory.getBeanProvider(ContextPropagator.class),
            this.beanFactory.getBeanProvider(WorkflowClientPlugin.class),
            this.beanFactory.getBeanProvider(
                TemporalClients.customizerType(WorkflowClientOptions.Builder.class)));
  }

  ScheduleClient scheduleClient() {
    return new TemporalClients(filter())
        .scheduleClient(
            own(WorkflowServiceStubs.class),
            namespace().name(),
            identity(),
            dataConverter(),
            this.beanFactory.getBeanProvider(ScheduleClientInterceptor.class),
            this.beanFactory.getBeanProvider(ContextPropagator.class),
            this.beanFactory.getBeanProvider(ScheduleClientPlugin.class),
            this.beanFactory.getBeanProvider(
                TemporalClients.customizerType(ScheduleClientOptions.Builder.class)));
  }

  DefaultTemporalWorkflows temporalWorkflows() {
    Environment environment = this.environment;
    ResourceLoader resourceLoader = this.resourceLoader;
    String prefix = prefix() + ".workflows";
    return new DefaultTemporalWorkflows(
        own(WorkflowClient.class),
        new DefaultTemporalWorkflows.Settings(
            prefix,
            WorkflowOptionsFactory.startOptions(
                entry().getWorkflows(), resourceLoader.getClassLoader()),
            ApplicationPackages.of(this.beanFactory),
            environment,
            resourceLoader),
        () -> {
          if (!workersEnabled()) {
            return List.of();
          }
          return own(WorkerAssembly.class).plan().workers();
        });
  }

  WorkerFactory workerFactory() {
    return new TemporalClients(filter())
        .workerFactory(
            own(WorkflowClient.class),
            this.beanFactory.getBeanProvider(WorkerInterceptor.class),
            this.beanFactory.getBeanProvider(WorkerPlugin.class),
            this.beanFactory.getBeanProvider(
                TemporalClients.customizerType(WorkerFactoryOptions.Builder.class)));
  }

  WorkerAssembly workerAssembly() {
    Environment environment = this.environment;
    TemporalProperties properties = properties();
    WorkerDefaults defaults = WorkerDefaults.of(environment);
    NamespaceFilter filter = filter();
    TemporalClients clients = new TemporalClients(filter);
    Map<String, TemporalWorkerCustomizer> queueCustomizers = new LinkedHashMap<>();
    Customizers.byBeanName(
            this.beanFactory.getBeanProvider(TemporalWorkerCustomizer.class),
            this.beanFactory,
            TemporalWorkerCustomizer.class)
        .forEach(
            (name, customizer) -> {
              if (filter.applies(name)) {
                queueCustomizers.put(name, customizer);
              }
            });
    return new WorkerAssembly(
        own(WorkerFactory.class),
        new WorkerAssembly.Settings(
            namespace(),
            properties.getNamespaces().keySet(),
            TemporalWorkerConfiguration.declarations(
                prefix() + ".workers", entry().getWorkers(), defaults),
            WorkerOptionsFactory.plan(null, null, defaults),
            new StubOptionLayers(
                ActivityOptionsLayers.of(properties.getActivities()),
                NexusOptionsLayers.of(properties.getNexus().getServices())),
            ApplicationPackages.of(this.beanFactory),
            environment,
            this.resourceLoader,
            new WorkerCustomizers(
                clients.customizers(
                    this.beanFactory.getBeanProvider(
                        TemporalClients.customizerType(WorkerOptions.Builder.class))),
                queueCustomizers,
                clients.customizers(
                    this.beanFactory.getBeanProvider(
                        TemporalClients.customizerType(
                            WorkflowImplementationOptions.Builder.class)))),
            this.beanFactory.getBean(AnnotatedBeanDeclarations.class)),
        this.beanFactory);
  }

  TemporalWorkers temporalWorkers() {
    return new TemporalWorkers(
        own(WorkerFactory.class),
        own(WorkerAssembly.class),
        properties().getShutdown().getGracePeriod());
  }

  private <T> T own(Class<T> type) {
    return BeanFactoryAnnotationUtils.qualifiedBeanOfType(this.beanFactory, type, this.alias);
  }

  private String prefix() {
    return "temporal.namespaces." + this.alias;
  }

  private @Nullable String identity() {
    String own = entry().getConnection().getIdentity();
    String identity = (own != null) ? own : properties().getConnection().getIdentity();
    return StringUtils.hasText(identity) ? identity : null;
  }

  private DataConverter dataConverter() {
    return this.beanFactory.getBean(DataConverter.class);
  }

  private boolean workersEnabled() {
    return properties().isWorkersEnabled();
  }

  private NamespaceFilter filter() {
    return new NamespaceFilter(this.beanFactory, this.alias, properties().getNamespaces().keySet());
  }

  private NamespaceProperties entry() {
    return Objects.requireNonNull(
        properties().getNamespaces().get(this.alias), "registered for a bound alias");
  }

  private TemporalProperties properties() {
    return this.beanFactory.getBean(TemporalProperties.class);
  }
}
