package dev.temporalboot.autoconfigure;

import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;

import dev.temporalboot.TemporalWorkerCustomizer;
import dev.temporalboot.autoconfigure.fixtures.HelloActivitiesImpl;
import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.common.SimplePlugin;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkerPlugin;
import io.temporal.worker.tuning.CompositeTuner;
import io.temporal.worker.tuning.FixedSizeSlotSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A per-queue customizer or a worker plugin that breaks a worker fails startup, naming it and the
 * task queue.
 */
class WorkerCustomizationFailureTests {

  private static final String QUEUE = "broken";

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.bindingOnlyWithWorker(QUEUE, HelloWorkflowImpl.class);

  @Test
  void failingWorkerCustomizerIsNamedWithTheQueue() {
    this.contextRunner
        .withUserConfiguration(FailingCustomizerConfiguration.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "TemporalWorkerCustomizer bean 'explodingCustomizer'",
                    "task queue '" + QUEUE + "'",
                    "no pool named " + QUEUE));
  }

  @Test
  void queueCustomizersTunerNextToSlotsFromYamlIsRejectedNamingTheProperty() {
    this.contextRunner
        .withUserConfiguration(TunerConfiguration.class)
        .withPropertyValues("temporal.workers[0].max-concurrent-activities=50")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.workers[0].max-concurrent-activities",
                    "TemporalWorkerCustomizer sets a WorkerTuner"));
  }

  @Test
  void workflowThatAPluginAlsoRegistersIsNamedWithTheQueue() {
    this.contextRunner
        .withUserConfiguration(RegisteringPluginConfiguration.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    HelloWorkflowImpl.class.getName(),
                    "workflow type 'HelloWorkflow'",
                    "task queue '" + QUEUE + "'",
                    "WorkerPlugin's initializeWorker"));
  }

  @Test
  void activityThatAPluginAlsoRegistersIsNamedWithTheQueue() {
    this.contextRunner
        .withPropertyValues("temporal.workers[0].activity-beans=helloActivities")
        .withBean("helloActivities", HelloActivitiesImpl.class)
        .withBean(
            WorkerPlugin.class,
            () ->
                SimplePlugin.newBuilder("test.registers-activities")
                    .registerActivitiesImplementations(new HelloActivitiesImpl())
                    .build())
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "activity bean 'helloActivities'",
                    "task queue '" + QUEUE + "'"));
  }

  @Test
  void pluginThatBreaksTheWorkerIsReportedWithTheQueue() {
    this.contextRunner
        .withUserConfiguration(FailingPluginConfiguration.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "the worker of task queue '" + QUEUE + "'",
                    "plugin refuses " + QUEUE));
  }

  @Configuration(proxyBeanMethods = false)
  static class FailingCustomizerConfiguration {

    @Bean
    TemporalWorkerCustomizer explodingCustomizer() {
      return (taskQueue, options) -> {
        throw new IllegalStateException("no pool named " + taskQueue);
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TunerConfiguration {

    @Bean
    TemporalWorkerCustomizer tunedQueue() {
      return (taskQueue, options) ->
          options.setWorkerTuner(
              new CompositeTuner(
                  new FixedSizeSlotSupplier<>(7),
                  new FixedSizeSlotSupplier<>(8),
                  new FixedSizeSlotSupplier<>(9),
                  new FixedSizeSlotSupplier<>(10)));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class RegisteringPluginConfiguration {

    @Bean
    SimplePlugin registeringPlugin() {
      return SimplePlugin.newBuilder("test.registers")
          .registerWorkflowImplementationTypes(HelloWorkflowImpl.class)
          .build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class FailingPluginConfiguration {

    @Bean
    SimplePlugin refusingPlugin() {
      return new SimplePlugin("test.refuses") {
        @Override
        public void configureWorker(String taskQueue, WorkerOptions.Builder builder) {
          throw new IllegalArgumentException("plugin refuses " + taskQueue);
        }
      };
    }
  }
}
