package dev.temporalboot.autoconfigure;

import dev.temporalboot.autoconfigure.internal.ConditionalOnTemporalSwitch;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.schedule.ScheduleDeclaration;
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

/**
 * The schedules of {@code temporal.schedules}, reconciled with the primary namespace unless {@code
 * temporal.schedules-enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
class TemporalScheduleConfiguration {

  /** The switch of the schedules' checks against the workflows and their reconciliation. */
  static final String SWITCH = "temporal.schedules-enabled";

  /** As often as the workers retry their start while the server does not answer. */
  static final Duration RETRY_INTERVAL = Duration.ofSeconds(5);

  /** Checks each value of every entry, whether the switch is on or off: a typo fails either way. */
  @Bean
  ScheduleEntries temporalScheduleEntries(
      TemporalProperties properties, ResourceLoader resourceLoader) {
    return new ScheduleEntries(
        ScheduleDeclarations.of(properties.getSchedules(), resourceLoader.getClassLoader()));
  }

  @Bean
  @ConditionalOnTemporalSwitch(value = SWITCH, matchIfMissing = true)
  DeclaredSchedules temporalDeclaredSchedules(
      ScheduleEntries entries,
      ScheduleClient client,
      WorkflowServiceStubs stubs,
      TemporalConnectionDetails details,
      DataConverter converter,
      ObjectProvider<WorkerAssembly> workers,
      ObjectProvider<DefaultTemporalWorkflows> workflows,
      Environment environment,
      ResourceLoader resourceLoader) {
    return new DeclaredSchedules(
        entries.declarations(),
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
            resourceLoader.getClassLoader(),
            RETRY_INTERVAL));
  }

  /**
   * The {@code temporal.schedules} entries with their values checked, not yet resolved against the
   * workflows.
   *
   * @param declarations the entries in declaration order
   */
  record ScheduleEntries(List<ScheduleDeclaration> declarations) {}
}
