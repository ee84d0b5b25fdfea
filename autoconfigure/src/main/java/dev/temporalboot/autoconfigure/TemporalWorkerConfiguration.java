package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.TemporalWorkerCustomizer;
import dev.temporalboot.autoconfigure.internal.ConditionalOnTemporalSwitch;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.worker.AnnotatedBeanDeclarations;
import dev.temporalboot.internal.worker.EarlyWorkflowScan;
import dev.temporalboot.internal.worker.StubOptionLayers;
import dev.temporalboot.internal.worker.TemporalNamespace;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerCustomizers;
import dev.temporalboot.internal.worker.WorkerDeclaration;
import io.temporal.client.WorkflowClient;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkerPlugin;
import io.temporal.worker.WorkflowImplementationOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/** The worker factory and the workers; absent in a client-only application. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTemporalSwitch(value = "temporal.workers-enabled", matchIfMissing = true)
@Import(TemporalNexusConfiguration.class)
class TemporalWorkerConfiguration {

  // TemporalWorkers shuts it down: the SDK's shutdown() throws while the server is unreachable.
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  WorkerFactory temporalWorkerFactory(
      WorkflowClient client,
      TemporalProperties properties,
      ConfigurableListableBeanFactory beanFactory,
      ObjectProvider<WorkerInterceptor> interceptors,
      ObjectProvider<WorkerPlugin> plugins,
      ObjectProvider<TemporalCustomizer<WorkerFactoryOptions.Builder>> customizers) {
    return TemporalAutoConfiguration.primary(beanFactory, properties)
        .workerFactory(client, interceptors, plugins, customizers);
  }

  @Bean
  static AnnotatedBeanDeclarations temporalAnnotatedBeanDeclarations() {
    return new AnnotatedBeanDeclarations();
  }

  @Bean
  static EarlyWorkflowScan temporalEarlyWorkflowScan() {
    return new EarlyWorkflowScan(ApplicationPackages::of);
  }

  @Bean
  @ConditionalOnMissingBean
  WorkerAssembly temporalWorkerAssembly(
      AnnotatedBeanDeclarations declarations,
      WorkerFactory factory,
      TemporalProperties properties,
      TemporalConnectionDetails details,
      Environment environment,
      ResourceLoader resourceLoader,
      ConfigurableListableBeanFactory beanFactory,
      ObjectProvider<TemporalCustomizer<WorkerOptions.Builder>> workerCustomizers,
      ObjectProvider<TemporalWorkerCustomizer> queueCustomizers,
      ObjectProvider<TemporalCustomizer<WorkflowImplementationOptions.Builder>>
          implementationCustomizers) {
    WorkerDefaults defaults = WorkerDefaults.of(environment);
    TemporalClients clients = TemporalAutoConfiguration.primary(beanFactory, properties);
    NamespaceFilter filter =
        new NamespaceFilter(beanFactory, "", properties.getNamespaces().keySet());
    Map<String, TemporalWorkerCustomizer> byQueue = new LinkedHashMap<>();
    Customizers.byBeanName(queueCustomizers, beanFactory, TemporalWorkerCustomizer.class)
        .forEach(
            (name, customizer) -> {
              if (filter.applies(name)) {
                byQueue.put(name, customizer);
              }
            });
    return new WorkerAssembly(
        factory,
        new WorkerAssembly.Settings(
            TemporalNamespace.primary(details.getNamespace()),
            properties.getNamespaces().keySet(),
            declarations("temporal.workers", properties.getWorkers(), defaults),
            WorkerOptionsFactory.plan(null, null, defaults),
            new StubOptionLayers(
                ActivityOptionsLayers.of(properties.getActivities()),
                NexusOptionsLayers.of(properties.getNexus().getServices())),
            ApplicationPackages.of(beanFactory),
            environment,
            resourceLoader,
            new WorkerCustomizers(
                clients.customizers(workerCustomizers),
                byQueue,
                clients.customizers(implementationCustomizers)),
            declarations),
        beanFactory);
  }

  @Bean
  @ConditionalOnMissingBean
  TemporalWorkers temporalWorkers(
      WorkerFactory factory, WorkerAssembly assembly, TemporalProperties properties) {
    return new TemporalWorkers(factory, assembly, properties.getShutdown().getGracePeriod());
  }

  /**
   * The entries of a worker list, such as {@code temporal.workers}, as the worker package takes
   * them.
   */
  static List<WorkerDeclaration> declarations(
      String key, List<WorkerProperties> workers, WorkerDefaults defaults) {
    List<WorkerDeclaration> declarations = new ArrayList<>();
    for (int i = 0; i < workers.size(); i++) {
      WorkerProperties worker = workers.get(i);
      String prefix = key + "[" + i + "]";
      declarations.add(
          new WorkerDeclaration(
              prefix,
              worker.getTaskQueue(),
              worker.getName(),
              worker.getWorkflowClasses(),
              worker.getActivityBeans(),
              worker.getNexusServiceBeans(),
              WorkerOptionsFactory.plan(worker, prefix, defaults)));
    }
    return declarations;
  }
}
