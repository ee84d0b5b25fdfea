package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.CompositeTuner;
import io.temporal.worker.tuning.FixedSizeSlotSupplier;
import io.temporal.worker.tuning.WorkerTuner;
import org.junit.jupiter.api.Test;

/** Maps a worker entry onto {@link WorkerOptions} and rejects values the SDK would misread. */
class WorkerOptionsFactoryTests {

  private static final String PREFIX = "temporal.workers[2]";

  @Test
  void noEntryGivesTheSdkDefaults() {
    assertThat(WorkerOptionsFactory.create(null, PREFIX).validateAndBuildWithDefaults())
        .usingRecursiveComparison()
        .isEqualTo(WorkerOptions.newBuilder().validateAndBuildWithDefaults());
  }

  @Test
  void defaultEntryGivesTheSdkDefaults() {
    assertThat(
            WorkerOptionsFactory.create(new WorkerProperties(), PREFIX)
                .validateAndBuildWithDefaults())
        .usingRecursiveComparison()
        .isEqualTo(WorkerOptions.newBuilder().validateAndBuildWithDefaults());
  }

  @Test
  void initialPollersOutsideTheBoundsAreRejected() {
    WorkerProperties properties = new WorkerProperties();
    WorkerProperties.Autoscaling autoscaling = new WorkerProperties.Autoscaling();
    autoscaling.setMin(2);
    autoscaling.setMax(4);
    autoscaling.setInitial(5);
    properties.setWorkflowPollersAutoscaling(autoscaling);
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> WorkerOptionsFactory.create(properties, PREFIX))
        .satisfies(
            (ex) ->
                assertThat(ex.getProperty()).isEqualTo(PREFIX + ".workflow-pollers-autoscaling"));
  }

  @Test
  void zeroFixedPollersAreRejected() {
    WorkerProperties properties = new WorkerProperties();
    properties.setActivityPollers(0);
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> WorkerOptionsFactory.create(properties, PREFIX))
        .satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo(PREFIX + ".activity-pollers"));
  }

  @Test
  void deploymentWithoutNameIsRejectedNamingTheName() {
    WorkerProperties properties = new WorkerProperties();
    WorkerProperties.Deployment deployment = new WorkerProperties.Deployment();
    deployment.setBuildId("1");
    properties.setDeployment(deployment);
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> WorkerOptionsFactory.create(properties, PREFIX))
        .satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo(PREFIX + ".deployment.name"));
  }

  @Test
  void onVirtualThreadsUnsetActivitySlotsRiseTo1000() {
    WorkerDefaults virtual = new WorkerDefaults(true);
    WorkerOptions annotatedOnly =
        WorkerOptionsFactory.create(null, null, virtual).validateAndBuildWithDefaults();
    assertThat(annotatedOnly.isUsingVirtualThreadsOnActivityWorker()).isTrue();
    assertThat(annotatedOnly.getMaxConcurrentActivityExecutionSize()).isEqualTo(1000);
    WorkerOptions entry =
        WorkerOptionsFactory.create(new WorkerProperties(), PREFIX, virtual)
            .validateAndBuildWithDefaults();
    assertThat(entry.getMaxConcurrentActivityExecutionSize()).isEqualTo(1000);
    // The other slot counts stay the SDK's.
    assertThat(entry.getMaxConcurrentWorkflowTaskExecutionSize()).isEqualTo(200);
    assertThat(entry.getMaxConcurrentLocalActivityExecutionSize()).isEqualTo(200);
  }

  @Test
  void anEntrysOwnThreadsAndSlotsWinOverTheDefaults() {
    WorkerProperties platform = new WorkerProperties();
    platform.setVirtualThreads(false);
    WorkerOptions onPlatform =
        WorkerOptionsFactory.create(platform, PREFIX, new WorkerDefaults(true))
            .validateAndBuildWithDefaults();
    assertThat(onPlatform.isUsingVirtualThreadsOnActivityWorker()).isFalse();
    assertThat(onPlatform.getMaxConcurrentActivityExecutionSize()).isEqualTo(200);
    WorkerProperties sized = new WorkerProperties();
    sized.setMaxConcurrentActivities(64);
    assertThat(
            WorkerOptionsFactory.create(sized, PREFIX, new WorkerDefaults(true))
                .validateAndBuildWithDefaults()
                .getMaxConcurrentActivityExecutionSize())
        .isEqualTo(64);
  }

  @Test
  void aCustomizersTunerReplacesTheDefaultSlots() {
    WorkerOptions.Builder builder =
        WorkerOptionsFactory.create(new WorkerProperties(), PREFIX, new WorkerDefaults(true));
    builder.setWorkerTuner(tuner());
    WorkerOptions options = WorkerOptionsFactory.finish(builder, new WorkerProperties(), PREFIX);
    // Without finish the SDK refuses a tuner next to a slot count.
    assertThat(WorkerOptions.newBuilder(options).validateAndBuildWithDefaults().getWorkerTuner())
        .isNotNull();
  }

  @Test
  void aCustomizersTunerNextToSlotsFromYamlIsRejectedNamingTheProperty() {
    WorkerProperties properties = new WorkerProperties();
    properties.setMaxConcurrentLocalActivities(20);
    WorkerOptions.Builder builder = WorkerOptionsFactory.create(properties, PREFIX);
    builder.setWorkerTuner(tuner());
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> WorkerOptionsFactory.finish(builder, properties, PREFIX))
        .satisfies(
            (ex) ->
                assertThat(ex.getProperty())
                    .isEqualTo(PREFIX + ".max-concurrent-local-activities"));
  }

  private static WorkerTuner tuner() {
    return new CompositeTuner(
        new FixedSizeSlotSupplier<>(10),
        new FixedSizeSlotSupplier<>(10),
        new FixedSizeSlotSupplier<>(10),
        new FixedSizeSlotSupplier<>(10));
  }
}
