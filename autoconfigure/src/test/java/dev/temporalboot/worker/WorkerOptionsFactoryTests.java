package dev.temporalboot.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.temporalboot.autoconfigure.WorkerProperties;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.worker.WorkerOptions;
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
}
