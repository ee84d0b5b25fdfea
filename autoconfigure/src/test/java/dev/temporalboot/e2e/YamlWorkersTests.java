package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.e2e.yaml.PingWorkflow;
import dev.temporalboot.e2e.yaml.ReservationWorkflow;
import dev.temporalboot.e2e.yaml.YamlApplication;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerDefinition;
import dev.temporalboot.internal.worker.WorkerState;
import dev.temporalboot.internal.worker.slots.SlotCounts;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.PollerBehaviorSimpleMaximum;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
    classes = YamlApplication.class,
    properties = {
      "temporal.embedded.port=0",
      "inventory.queue=inventory",
      "temporal.workers[0].task-queue=${inventory.queue}-eu",
      "temporal.workers[0].name=inventory-eu",
      "temporal.workers[0].workflow-classes=dev.temporalboot.e2e.yaml.ReservationWorkflowImpl",
      "temporal.workers[0].activity-beans=inventoryActivities",
      "temporal.workers[0].max-concurrent-activities=7",
      "temporal.workers[0].activity-pollers=3",
      "temporal.workers[1].task-queue=pings",
      "temporal.workers[1].max-concurrent-workflow-tasks=11"
    })
class YamlWorkersTests {

  @Autowired WorkflowClient client;

  @Autowired WorkerFactory factory;

  @Autowired TemporalWorkers workers;

  @Autowired WorkerAssembly assembly;

  @Test
  void yamlDeclaredWorkflowAndActivityBeanRunOnTheResolvedQueue() {
    ReservationWorkflow workflow =
        this.client.newWorkflowStub(
            ReservationWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("inventory-eu").build());
    assertThat(workflow.reserve("SKU-1", 3)).isEqualTo(15);
  }

  @Test
  void yamlOptionsReachTheWorker() {
    WorkerOptions options = this.factory.getWorker("inventory-eu").getWorkerOptions();
    assertThat(SlotCounts.of(options).activities()).isEqualTo(7);
    assertThat(options.getActivityTaskPollersBehavior())
        .isEqualTo(new PollerBehaviorSimpleMaximum(3));
  }

  @Test
  void yamlEntryWithoutClassesConfiguresTheAnnotatedQueue() {
    assertThat(this.factory.getWorker("pings").getWorkerOptions())
        .extracting((options) -> SlotCounts.of(options).workflowTasks())
        .isEqualTo(11);
    PingWorkflow ping =
        this.client.newWorkflowStub(
            PingWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("pings").build());
    assertThat(ping.ping()).isEqualTo("pong");
  }

  @Test
  void registryDescribesEachWorker() {
    assertThat(this.assembly.plan().workers())
        .extracting(WorkerDefinition::getName, WorkerDefinition::getTaskQueue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inventory-eu", "inventory-eu"),
            org.assertj.core.groups.Tuple.tuple("pings", "pings"));
    WorkerDefinition inventory = this.assembly.plan().workers().get(0);
    assertThat(inventory.getWorkflowTypes()).containsExactly("ReservationWorkflow");
    assertThat(inventory.getActivityTypes()).containsExactly("Reserve");
    assertThat(this.workers.getState("inventory-eu")).contains(WorkerState.RUNNING);
    assertThat(this.workers.getState("unknown")).isEmpty();
  }
}
