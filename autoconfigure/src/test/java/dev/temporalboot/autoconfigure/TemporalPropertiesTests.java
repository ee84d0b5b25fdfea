package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerOptions;
import org.junit.jupiter.api.Test;

/** Where our properties mirror an SDK default, they hold the same value. */
class TemporalPropertiesTests {

  @Test
  void workerDefaultsAreConsistentWithTheSdk() {
    WorkerProperties properties = new WorkerProperties();
    WorkerOptions sdk = WorkerOptions.newBuilder().validateAndBuildWithDefaults();
    // Unset slot counts leave the SDK's, which the javadoc quotes as 200 (activities on virtual
    // threads excepted, see WorkerDefaults).
    assertThat(properties.getMaxConcurrentWorkflowTasks()).isNull();
    assertThat(properties.getMaxConcurrentActivities()).isNull();
    assertThat(properties.getMaxConcurrentLocalActivities()).isNull();
    assertThat(sdk.getMaxConcurrentWorkflowTaskExecutionSize()).isEqualTo(200);
    assertThat(sdk.getMaxConcurrentActivityExecutionSize()).isEqualTo(200);
    assertThat(sdk.getMaxConcurrentLocalActivityExecutionSize()).isEqualTo(200);
    assertThat(properties.getActivitiesPerSecond())
        .isEqualTo(sdk.getMaxWorkerActivitiesPerSecond());
    assertThat(properties.getTaskQueueActivitiesPerSecond())
        .isEqualTo(sdk.getMaxTaskQueueActivitiesPerSecond());
    // Unset: decided per app by WorkerDefaults; the SDK's own default is off.
    assertThat(properties.getVirtualThreads()).isNull();
    assertThat(sdk.isUsingVirtualThreadsOnActivityWorker()).isFalse();
    // Unset pollers keep the SDK's own default, which the javadoc quotes as 5.
    assertThat(properties.getWorkflowPollers()).isNull();
    assertThat(properties.getActivityPollers()).isNull();
    assertThat(sdk.getMaxConcurrentWorkflowTaskPollers()).isEqualTo(5);
    assertThat(sdk.getMaxConcurrentActivityTaskPollers()).isEqualTo(5);
  }

  @Test
  void connectionDefaultsAreConsistentWithTheSdk() {
    TemporalProperties.Connection connection = new TemporalProperties().getConnection();
    assertThat(connection.getRpcTimeout())
        .isEqualTo(WorkflowServiceStubsOptions.newBuilder().build().getRpcTimeout());
    assertThat(connection.getNamespace())
        .isEqualTo(WorkflowClientOptions.newBuilder().validateAndBuildWithDefaults().getNamespace())
        .isEqualTo("default");
    // The design documents localhost:7233, where `temporal server start-dev` listens.
    assertThat(PropertiesTemporalConnectionDetails.DEFAULT_TARGET).isEqualTo("localhost:7233");
  }

  @Test
  void embeddedDefaultsMatchTheDesign() {
    TemporalProperties.Embedded embedded = new TemporalProperties().getEmbedded();
    assertThat(embedded.getEnabled()).isEqualTo(TemporalProperties.EmbeddedMode.AUTO);
    assertThat(embedded.getPort()).isEqualTo(7233);
    assertThat(embedded.getAddress()).isEqualTo("127.0.0.1");
    assertThat(embedded.isTimeSkipping()).isFalse();
  }
}
