package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.autoconfigure.fixtures.HelloActivitiesImpl;
import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.scanned.ScannedWorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerDefinition;
import dev.temporalboot.internal.worker.slots.SlotCounts;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.VersioningBehavior;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerDeploymentOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.CompositeTuner;
import io.temporal.worker.tuning.FixedSizeSlotSupplier;
import io.temporal.worker.tuning.PollerBehaviorAutoscaling;
import io.temporal.worker.tuning.PollerBehaviorSimpleMaximum;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

/** YAML under {@code temporal.connection} and {@code temporal.workers} reaches the SDK options. */
class TemporalPropertiesToOptionsTests {

  private static final String QUEUE = "orders";

  private final ApplicationContextRunner contextRunner = TemporalContextRunners.bindingOnly();

  private final ApplicationContextRunner workerRunner =
      this.contextRunner
          .withBean("helloActivities", HelloActivitiesImpl.class)
          .withPropertyValues(
              "temporal.workers[0].task-queue=" + QUEUE,
              "temporal.workers[0].workflow-classes=" + HelloWorkflowImpl.class.getName(),
              "temporal.workers[0].activity-beans=helloActivities");

  @Test
  void concurrencyLimitsAndRatesAreMappedOntoWorkerOptions() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].max-concurrent-workflow-tasks=11",
            "temporal.workers[0].max-concurrent-activities=12",
            "temporal.workers[0].max-concurrent-local-activities=13",
            "temporal.workers[0].activities-per-second=2.5",
            "temporal.workers[0].task-queue-activities-per-second=7.5")
        .run(
            (context) -> {
              WorkerOptions options = workerOptions(context);
              assertThat(SlotCounts.of(options).workflowTasks()).isEqualTo(11);
              assertThat(SlotCounts.of(options).activities()).isEqualTo(12);
              assertThat(SlotCounts.of(options).localActivities()).isEqualTo(13);
              assertThat(options.getMaxWorkerActivitiesPerSecond()).isEqualTo(2.5);
              assertThat(options.getMaxTaskQueueActivitiesPerSecond()).isEqualTo(7.5);
            });
  }

  @Test
  void fixedPollerCountsAreMappedOntoWorkerOptions() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].workflow-pollers=3", "temporal.workers[0].activity-pollers=4")
        .run(
            (context) -> {
              WorkerOptions options = workerOptions(context);
              assertThat(options.getWorkflowTaskPollersBehavior())
                  .isEqualTo(new PollerBehaviorSimpleMaximum(3));
              assertThat(options.getActivityTaskPollersBehavior())
                  .isEqualTo(new PollerBehaviorSimpleMaximum(4));
            });
  }

  @Test
  void autoscalingPollersAreMappedOntoWorkerOptions() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].workflow-pollers-autoscaling.min=1",
            "temporal.workers[0].workflow-pollers-autoscaling.max=8",
            "temporal.workers[0].workflow-pollers-autoscaling.initial=2",
            "temporal.workers[0].activity-pollers-autoscaling.min=2",
            "temporal.workers[0].activity-pollers-autoscaling.max=9",
            "temporal.workers[0].activity-pollers-autoscaling.initial=3")
        .run(
            (context) -> {
              WorkerOptions options = workerOptions(context);
              assertThat(options.getWorkflowTaskPollersBehavior())
                  .isEqualTo(new PollerBehaviorAutoscaling(1, 8, 2));
              assertThat(options.getActivityTaskPollersBehavior())
                  .isEqualTo(new PollerBehaviorAutoscaling(2, 9, 3));
            });
  }

  @Test
  void deploymentIsMappedOntoWorkerDeploymentOptions() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].deployment.name=orders-service",
            "temporal.workers[0].deployment.build-id=1.2.3",
            "temporal.workers[0].deployment.use-versioning=true",
            "temporal.workers[0].deployment.default-versioning-behavior=auto-upgrade")
        .run(
            (context) -> {
              WorkerDeploymentOptions deployment = workerOptions(context).getDeploymentOptions();
              assertThat(deployment.getVersion().getDeploymentName()).isEqualTo("orders-service");
              assertThat(deployment.getVersion().getBuildId()).isEqualTo("1.2.3");
              assertThat(deployment.isUsingVersioning()).isTrue();
              assertThat(deployment.getDefaultVersioningBehavior())
                  .isEqualTo(VersioningBehavior.AUTO_UPGRADE);
            });
  }

  @Test
  void pinnedVersioningBehaviorIsMapped() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].deployment.name=orders-service",
            "temporal.workers[0].deployment.build-id=1.2.3",
            "temporal.workers[0].deployment.use-versioning=true",
            "temporal.workers[0].deployment.default-versioning-behavior=pinned")
        .run(
            (context) ->
                assertThat(workerOptions(context).getDeploymentOptions())
                    .extracting(WorkerDeploymentOptions::getDefaultVersioningBehavior)
                    .isEqualTo(VersioningBehavior.PINNED));
  }

  @Test
  void deploymentWithoutVersioningKeepsTheVersionOnly() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].deployment.name=orders-service",
            "temporal.workers[0].deployment.build-id=1.2.3")
        .run(
            (context) -> {
              WorkerDeploymentOptions deployment = workerOptions(context).getDeploymentOptions();
              assertThat(deployment.isUsingVersioning()).isFalse();
              assertThat(deployment.getVersion().getBuildId()).isEqualTo("1.2.3");
              assertThat(deployment.getDefaultVersioningBehavior())
                  .isEqualTo(VersioningBehavior.UNSPECIFIED);
            });
  }

  @Test
  void unsetWorkerKeysLeaveTheSdkDefaultsOnPlatformThreads() {
    this.workerRunner
        .withPropertyValues("spring.threads.virtual.enabled=false")
        .run(
            (context) -> {
              WorkerOptions options = workerOptions(context);
              WorkerOptions defaults = WorkerOptions.newBuilder().validateAndBuildWithDefaults();
              assertThat(options.isUsingVirtualThreadsOnActivityWorker()).isFalse();
              SlotCounts slots = SlotCounts.of(options);
              assertThat(slots.workflowTasks())
                  .isEqualTo(defaults.getMaxConcurrentWorkflowTaskExecutionSize());
              assertThat(slots.activities())
                  .isEqualTo(defaults.getMaxConcurrentActivityExecutionSize())
                  .isEqualTo(200);
              assertThat(slots.localActivities())
                  .isEqualTo(defaults.getMaxConcurrentLocalActivityExecutionSize());
              assertThat(slots.nexusOperations())
                  .isEqualTo(defaults.getMaxConcurrentNexusExecutionSize());
              assertThat(options.getMaxConcurrentWorkflowTaskPollers())
                  .isEqualTo(defaults.getMaxConcurrentWorkflowTaskPollers());
              assertThat(options.getMaxConcurrentActivityTaskPollers())
                  .isEqualTo(defaults.getMaxConcurrentActivityTaskPollers());
              assertThat(options.getMaxWorkerActivitiesPerSecond()).isZero();
              assertThat(options.getMaxTaskQueueActivitiesPerSecond()).isZero();
              assertThat(options.getDeploymentOptions()).isNull();
            });
  }

  @Test
  void withNoSwitchWorkersRunOnVirtualThreadsFromJava24WithMoreActivitySlots() {
    boolean unpinned = Runtime.version().feature() >= 24;
    this.workerRunner.run(
        (context) -> {
          WorkerOptions options = workerOptions(context);
          assertThat(options.isUsingVirtualThreadsOnActivityWorker()).isEqualTo(unpinned);
          assertThat(options.isUsingVirtualThreadsOnWorkflowWorker()).isEqualTo(unpinned);
          assertThat(SlotCounts.of(options).activities()).isEqualTo(unpinned ? 1000 : 200);
        });
    // Annotation-only queues get the same defaults.
    this.contextRunner
        .withUserConfiguration(AnnotatedOnly.class)
        .withPropertyValues("scanned.queue=" + QUEUE)
        .run(
            (context) ->
                assertThat(SlotCounts.of(workerOptions(context)).activities())
                    .isEqualTo(unpinned ? 1000 : 200));
  }

  @Test
  void aWorkerTunerFromACustomizerSizesTheSlots() {
    ApplicationContextRunner tuned = this.workerRunner.withUserConfiguration(Tuned.class);
    tuned.run((context) -> assertThat(workerOptions(context).getWorkerTuner()).isNotNull());
    tuned
        .withPropertyValues("temporal.workers[0].max-concurrent-activities=50")
        .run(
            (context) ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                    .isInstanceOf(InvalidTemporalPropertyException.class)
                    .hasMessageContaining("temporal.workers[0].max-concurrent-activities")
                    .hasMessageContaining("WorkerTuner"));
  }

  @Test
  void virtualThreadsFollowSpringBootsSwitchWhereTheJdkHasThem() {
    boolean jdkHasThem = Runtime.version().feature() >= 21;
    this.workerRunner
        .withPropertyValues("spring.threads.virtual.enabled=true")
        .run(
            (context) -> {
              assertThat(workerOptions(context).isUsingVirtualThreadsOnActivityWorker())
                  .isEqualTo(jdkHasThem);
              assertThat(SlotCounts.of(workerOptions(context)).activities())
                  .isEqualTo(jdkHasThem ? 1000 : 200);
            });
    this.workerRunner
        .withPropertyValues(
            "spring.threads.virtual.enabled=true",
            "temporal.workers[0].virtual-threads=false",
            "temporal.workers[0].max-concurrent-activities=300")
        .run(
            (context) -> {
              assertThat(workerOptions(context).isUsingVirtualThreadsOnActivityWorker()).isFalse();
              assertThat(SlotCounts.of(workerOptions(context)).activities()).isEqualTo(300);
            });
    this.workerRunner
        .withPropertyValues("spring.threads.virtual.enabled=false")
        .run(
            (context) ->
                assertThat(workerOptions(context).isUsingVirtualThreadsOnActivityWorker())
                    .isFalse());
  }

  @Test
  void workerEntryRegistersItsWorkflowsAndActivitiesUnderItsName() {
    this.workerRunner
        .withPropertyValues("temporal.workers[0].name=order-worker")
        .run(
            (context) -> {
              WorkerDefinition definition =
                  context.getBean(WorkerAssembly.class).plan().workers().get(0);
              assertThat(definition.getName()).isEqualTo("order-worker");
              assertThat(definition.getTaskQueue()).isEqualTo(QUEUE);
              assertThat(definition.getWorkflowTypes()).containsExactly("HelloWorkflow");
              assertThat(definition.getActivityTypes()).containsExactly("Compose");
            });
  }

  @Test
  void workerNameDefaultsToTheTaskQueue() {
    this.workerRunner.run(
        (context) ->
            assertThat(context.getBean(WorkerAssembly.class).plan().workers())
                .singleElement()
                .extracting(WorkerDefinition::getName)
                .isEqualTo(QUEUE));
  }

  @Test
  void connectionPropertiesAreAppliedToStubsAndClient() {
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.identity=orders@host-1",
            "temporal.connection.namespace=orders-ns",
            "temporal.connection.rpc-timeout=3s")
        .run(
            (context) -> {
              WorkflowClientOptions client = context.getBean(WorkflowClient.class).getOptions();
              assertThat(client.getIdentity()).isEqualTo("orders@host-1");
              assertThat(client.getNamespace()).isEqualTo("orders-ns");
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getRpcTimeout())
                  .isEqualTo(Duration.ofSeconds(3));
            });
  }

  @Test
  void unsetIdentityLeavesTheSdkDefault() {
    this.contextRunner.run(
        (context) ->
            assertThat(context.getBean(WorkflowClient.class).getOptions().getIdentity())
                .isEqualTo(
                    WorkflowClientOptions.newBuilder()
                        .validateAndBuildWithDefaults()
                        .getIdentity()));
  }

  private static WorkerOptions workerOptions(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    return context.getBean(WorkerFactory.class).getWorker(QUEUE).getWorkerOptions();
  }

  /** A queue named only by {@code @WorkflowImpl}: no YAML entry. */
  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = ScannedWorkflowImpl.class)
  static class AnnotatedOnly {}

  /** Hands slot sizing to a tuner, as an app that wants resource-based slots would. */
  @Configuration(proxyBeanMethods = false)
  static class Tuned {

    @Bean
    TemporalCustomizer<WorkerOptions.Builder> tuner() {
      return (builder) ->
          builder.setWorkerTuner(
              new CompositeTuner(
                  new FixedSizeSlotSupplier<>(7),
                  new FixedSizeSlotSupplier<>(8),
                  new FixedSizeSlotSupplier<>(9),
                  new FixedSizeSlotSupplier<>(10)));
    }
  }
}
