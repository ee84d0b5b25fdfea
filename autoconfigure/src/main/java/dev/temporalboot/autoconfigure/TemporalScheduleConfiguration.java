package dev.temporalboot.autoconfigure;

import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/** The schedules of {@code temporal.schedules}, reconciled with the primary namespace. */
@Configuration(proxyBeanMethods = false)
class TemporalScheduleConfiguration {

  /** As often as the workers retry their start while the server does not answer. */
  static final Duration RETRY_INTERVAL = Duration.ofSeconds(5);

  @Bean
  DeclaredSchedules temporalDeclaredSchedules(
      TemporalProperties properties,
      ScheduleClient client,
      WorkflowServiceStubs stubs,
      TemporalConnectionDetails details,
      DataConverter converter,
      ObjectProvider<WorkerAssembly> workers,
      ObjectProvider<DefaultTemporalWorkflows> workflows,
      Environment environment,
      ResourceLoader resourceLoader) {
    ClassLoader loader = resourceLoader.getClassLoader();
    return new DeclaredSchedules(
        ScheduleDeclarations.of(properties.getSchedules(), loader),
        new DeclaredSchedules.Settings(
            client,
            stubs,
            details.getNamespace(),
            converter,
            environment.getProperty("spring.application.name", "application"),
            () -> {
              WorkerAssembly assembly = workers.getIfAvailable();
              return (assembly != null) ? assembly.plan().workers() : List.of();
            },
            () -> {
              DefaultTemporalWorkflows defaults = workflows.getIfAvailable();
              return (defaults != null)
                  ? defaults.getDefaults()
                  : Map.<Class<?>, WorkflowOptions>of();
            },
            loader,
            RETRY_INTERVAL));
  }
}
