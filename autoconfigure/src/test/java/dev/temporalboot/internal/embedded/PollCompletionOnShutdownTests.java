package dev.temporalboot.internal.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.common.util.concurrent.ListenableFuture;
import io.temporal.api.common.v1.WorkflowType;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueResponse;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueResponse;
import io.temporal.api.workflowservice.v1.ShutdownWorkerRequest;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceFutureStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded server ends a stopping worker's polls the way a current cluster does. */
class PollCompletionOnShutdownTests {

  private static final String NAMESPACE = "default";

  private final EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);

  private WorkflowServiceStubs stubs;

  @BeforeEach
  void start() {
    this.server.start();
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
  }

  @AfterEach
  void stop() {
    this.stubs.shutdownNow();
    this.server.close();
  }

  @Test
  void namespaceAdvertisesThatPollsCompleteOnShutdown() {
    var namespace =
        blocking()
            .describeNamespace(
                DescribeNamespaceRequest.newBuilder().setNamespace(NAMESPACE).build());
    assertThat(namespace.getNamespaceInfo().getCapabilities().getWorkerPollCompleteOnShutdown())
        .isTrue();
  }

  @Test
  void shutdownWorkerAnswersThatWorkersOutstandingPollsEmpty() throws Exception {
    String queue = "queue-" + UUID.randomUUID();
    ListenableFuture<PollActivityTaskQueueResponse> stopping = pollActivity(queue, "stopping");
    ListenableFuture<PollActivityTaskQueueResponse> staying = pollActivity(queue, "staying");
    Thread.sleep(200); // both polls wait at the server (had they not, the next test's case applies)

    blocking().shutdownWorker(shutdown(queue, "stopping"));

    assertThat(stopping.get(5, TimeUnit.SECONDS).getTaskToken().isEmpty()).isTrue();
    await("another worker's poll still waits")
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(1))
        .until(() -> !staying.isDone());
    staying.cancel(true);
  }

  @Test
  void aStoppedWorkersNextPollGetsNoTaskAndLeavesItToOthers() throws Exception {
    String queue = "queue-" + UUID.randomUUID();
    blocking().shutdownWorker(shutdown(queue, "stopped"));
    startWorkflow(queue);

    PollWorkflowTaskQueueResponse stopped = pollWorkflow(queue, "stopped").get(5, TimeUnit.SECONDS);
    PollWorkflowTaskQueueResponse running = pollWorkflow(queue, "running").get(5, TimeUnit.SECONDS);

    assertThat(stopped.getTaskToken().isEmpty()).as("task handed to a stopped worker").isTrue();
    assertThat(running.getTaskToken().isEmpty()).as("task handed to a running worker").isFalse();
  }

  private ListenableFuture<PollActivityTaskQueueResponse> pollActivity(
      String queue, String worker) {
    return future()
        .pollActivityTaskQueue(
            PollActivityTaskQueueRequest.newBuilder()
                .setNamespace(NAMESPACE)
                .setTaskQueue(TaskQueue.newBuilder().setName(queue))
                .setWorkerInstanceKey(worker)
                .build());
  }

  private ListenableFuture<PollWorkflowTaskQueueResponse> pollWorkflow(
      String queue, String worker) {
    return future()
        .pollWorkflowTaskQueue(
            PollWorkflowTaskQueueRequest.newBuilder()
                .setNamespace(NAMESPACE)
                .setTaskQueue(TaskQueue.newBuilder().setName(queue))
                .setWorkerInstanceKey(worker)
                .build());
  }

  private void startWorkflow(String queue) {
    blocking()
        .startWorkflowExecution(
            StartWorkflowExecutionRequest.newBuilder()
                .setNamespace(NAMESPACE)
                .setWorkflowId("workflow-" + UUID.randomUUID())
                .setRequestId(UUID.randomUUID().toString())
                .setWorkflowType(WorkflowType.newBuilder().setName("Anything"))
                .setTaskQueue(TaskQueue.newBuilder().setName(queue))
                .build());
  }

  private static ShutdownWorkerRequest shutdown(String queue, String worker) {
    return ShutdownWorkerRequest.newBuilder()
        .setNamespace(NAMESPACE)
        .setTaskQueue(queue)
        .setWorkerInstanceKey(worker)
        .build();
  }

  private WorkflowServiceBlockingStub blocking() {
    return this.stubs.blockingStub();
  }

  private WorkflowServiceFutureStub future() {
    return this.stubs.futureStub();
  }
}
