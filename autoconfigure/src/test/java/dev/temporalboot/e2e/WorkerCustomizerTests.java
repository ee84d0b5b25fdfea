package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.temporalboot.e2e.perqueue.CustomizerLog;
import dev.temporalboot.e2e.perqueue.FallbackWorkflow;
import dev.temporalboot.e2e.perqueue.PerQueueApplication;
import dev.temporalboot.internal.actuate.TemporalEndpoint;
import dev.temporalboot.internal.worker.slots.SlotCounts;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** TemporalWorkerCustomizer beans shape each queue's worker, seen by workflows and the actuator. */
@SpringBootTest(
    classes = PerQueueApplication.class,
    properties = {"temporal.embedded.port=0", "management.endpoints.web.exposure.include=temporal"})
class WorkerCustomizerTests {

  private static final String LOCAL_ONLY = PerQueueApplication.LOCAL_ONLY;

  private static final String FULL = PerQueueApplication.FULL;

  @Autowired WorkflowClient client;

  @Autowired WorkerFactory factory;

  @Autowired CustomizerLog log;

  @Autowired TemporalEndpoint endpoint;

  @Test
  void localOnlyWorkerLetsTheRemoteActivityTimeOutAndRunsTheLocalFallback() {
    assertThat(run(LOCAL_ONLY, "fallback-edge"))
        .isEqualTo("TIMEOUT_TYPE_SCHEDULE_TO_START, then local on " + LOCAL_ONLY);
    assertThat(this.client.fetchHistory("fallback-edge").getEvents())
        .extracting((event) -> event.getEventType())
        .contains(EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT)
        .doesNotContain(EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED);
  }

  @Test
  void otherQueueKeepsRunningRemoteActivities() {
    assertThat(run(FULL, "remote-core")).isEqualTo("remote on " + FULL);
  }

  @Test
  void customizersRunPerQueueInOrderAfterTheSharedOnes() {
    assertThat(this.log.calls())
        .containsExactlyInAnyOrder(
            "first " + LOCAL_ONLY + " " + PerQueueApplication.SHARED_SLOTS,
            "second " + LOCAL_ONLY + " " + PerQueueApplication.FIRST_SLOTS,
            "first " + FULL + " " + PerQueueApplication.SHARED_SLOTS,
            "second " + FULL + " " + PerQueueApplication.SHARED_SLOTS);
    WorkerOptions localOnly = this.factory.getWorker(LOCAL_ONLY).getWorkerOptions();
    WorkerOptions full = this.factory.getWorker(FULL).getWorkerOptions();
    assertThat(localOnly.isLocalActivityWorkerOnly()).isTrue();
    assertThat(SlotCounts.of(localOnly).localActivities())
        .isEqualTo(PerQueueApplication.SECOND_SLOTS);
    assertThat(full.isLocalActivityWorkerOnly()).isFalse();
    assertThat(SlotCounts.of(full).localActivities()).isEqualTo(PerQueueApplication.SHARED_SLOTS);
  }

  @Test
  void endpointShowsEachWorkersEffectiveOptions() {
    JsonNode workers = new ObjectMapper().valueToTree(this.endpoint.temporal()).get("workers");
    assertThat(options(workers, LOCAL_ONLY).get("localActivityWorkerOnly").asBoolean()).isTrue();
    assertThat(options(workers, LOCAL_ONLY).get("maxConcurrentLocalActivities").asInt())
        .isEqualTo(PerQueueApplication.SECOND_SLOTS);
    assertThat(options(workers, FULL).get("localActivityWorkerOnly").asBoolean()).isFalse();
    assertThat(options(workers, FULL).get("maxConcurrentLocalActivities").asInt())
        .isEqualTo(PerQueueApplication.SHARED_SLOTS);
  }

  private static JsonNode options(JsonNode workers, String taskQueue) {
    for (JsonNode worker : workers) {
      if (worker.get("taskQueue").asText().equals(taskQueue)) {
        return worker.get("options");
      }
    }
    throw new AssertionError("No worker on " + taskQueue + " in " + workers);
  }

  private String run(String taskQueue, String workflowId) {
    return this.client
        .newWorkflowStub(
            FallbackWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(workflowId)
                .setWorkflowExecutionTimeout(Duration.ofSeconds(30))
                .build())
        .run();
  }
}
