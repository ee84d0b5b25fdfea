package dev.temporalboot.internal.embedded;

import com.google.protobuf.util.Durations;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * An embedded server with time skipping, a client, its test service and one worker: for tests that
 * run workflows across skipped hours and days.
 */
public final class TimeSkippingWorkerServer implements AutoCloseable {

  private final EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, true);

  private final WorkflowServiceStubs stubs;

  private final WorkerFactory workers;

  /** The client of the server's default namespace. */
  public final WorkflowClient client;

  /** The server's test service, which skips and reads its clock. */
  public final TestServiceStubs testService;

  private TimeSkippingWorkerServer(String queue, Class<?>... workflowTypes) {
    this.server.start();
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
    this.testService =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder()
                .setTarget(this.server.getTarget())
                .validateAndBuildWithDefaults());
    this.client = WorkflowClient.newInstance(this.stubs);
    this.workers = WorkerFactory.newInstance(this.client);
    this.workers.newWorker(queue).registerWorkflowImplementationTypes(workflowTypes);
    this.workers.start();
  }

  /**
   * Starts a server and a worker polling the queue for the workflow implementations.
   *
   * @param queue the worker's task queue
   * @param workflowTypes the workflow implementation classes it runs
   * @return the running server, to close after the test
   */
  public static TimeSkippingWorkerServer start(String queue, Class<?>... workflowTypes) {
    return new TimeSkippingWorkerServer(queue, workflowTypes);
  }

  /**
   * Lets the server's clock skip ahead by a duration, firing whatever falls due on the way, and
   * returns when it got there.
   *
   * @param duration how far to skip
   */
  public void skip(Duration duration) {
    this.testService
        .blockingStub()
        .unlockTimeSkippingWithSleep(
            SleepRequest.newBuilder()
                .setDuration(Durations.fromMillis(duration.toMillis()))
                .build());
  }

  @Override
  public void close() {
    this.workers.shutdownNow();
    this.workers.awaitTermination(5, TimeUnit.SECONDS);
    this.testService.shutdownNow();
    this.stubs.shutdownNow();
    this.server.close();
  }
}
