package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.worker.ActivityImplDeclarations;
import dev.temporalboot.worker.TemporalWorkers;
import io.temporal.client.WorkflowClient;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/** The worker factory and the workers; absent in a client-only application. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTemporalSwitch(value = "temporal.workers-enabled", matchIfMissing = true)
class TemporalWorkerConfiguration {

  @Bean
  @ConditionalOnMissingBean
  WorkerFactory temporalWorkerFactory(
      WorkflowClient client,
      ObjectProvider<WorkerInterceptor> interceptors,
      ObjectProvider<TemporalCustomizer<WorkerFactoryOptions.Builder>> customizers) {
    WorkerFactoryOptions.Builder builder =
        WorkerFactoryOptions.newBuilder()
            .setWorkerInterceptors(interceptors.orderedStream().toArray(WorkerInterceptor[]::new));
    return WorkerFactory.newInstance(client, Customizers.apply(builder, customizers).build());
  }

  @Bean
  static ActivityImplDeclarations temporalActivityImplDeclarations() {
    return new ActivityImplDeclarations();
  }

  @Bean
  @ConditionalOnMissingBean
  TemporalWorkers temporalWorkers(
      ActivityImplDeclarations declarations,
      WorkerFactory factory,
      TemporalProperties properties,
      Environment environment,
      ResourceLoader resourceLoader,
      ConfigurableListableBeanFactory beanFactory,
      ObjectProvider<TemporalCustomizer<WorkerOptions.Builder>> workerCustomizers,
      ObjectProvider<TemporalCustomizer<WorkflowImplementationOptions.Builder>>
          implementationCustomizers) {
    List<String> packages =
        AutoConfigurationPackages.has(beanFactory)
            ? AutoConfigurationPackages.get(beanFactory)
            : List.of();
    return new TemporalWorkers(
        factory,
        new TemporalWorkers.Settings(
            properties.getWorkers(),
            ActivityOptionsLayers.of(properties.getActivities()),
            packages,
            properties.getShutdown().getGracePeriod(),
            environment,
            resourceLoader,
            workerCustomizers.orderedStream().toList(),
            implementationCustomizers.orderedStream().toList(),
            declarations),
        beanFactory);
  }
}
