package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.Empty;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Timestamps;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.api.workflowservice.v1.ListScheduleMatchingTimesRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.failure.ApplicationFailure;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An embedded server with a worker running {@link Job}, for the schedule tests. */
final class ScheduleTestServer implements AutoCloseable {

  static final String QUEUE = "jobs";

  final EmbeddedTemporalServer server;

  final WorkflowServiceStubs stubs;

  final TestServiceStubs testService;

  private final WorkerFactory workers;

  ScheduleTestServer(boolean timeSkipping, String... namespaces) {
    this.server = new EmbeddedTemporalServer("127.0.0.1", 0, timeSkipping);
    this.server.start();
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
    this.testService =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder()
                .setTarget(this.server.getTarget())
                .validateAndBuildWithDefaults());
    this.workers = WorkerFactory.newInstance(client("default"));
    this.workers.newWorker(QUEUE).registerWorkflowImplementationTypes(JobImpl.class);
    this.workers.start();
  }

  WorkflowClient client(String namespace) {
    return WorkflowClient.newInstance(
        this.stubs, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
  }

  ScheduleClient schedules(String namespace) {
    return ScheduleClient.newInstance(
        this.stubs, ScheduleClientOptions.newBuilder().setNamespace(namespace).build());
  }

  ScheduleClient schedules() {
    return schedules("default");
  }

  /** Lets the server's clock skip ahead by the given time, as a client waiting would. */
  void skip(Duration duration) {
    this.testService
        .blockingStub()
        .unlockTimeSkippingWithSleep(
            SleepRequest.newBuilder()
                .setDuration(com.google.protobuf.util.Durations.fromMillis(duration.toMillis()))
                .build());
  }

  /** A schedule starting {@link Job} in the given mode every interval. */
  static Schedule.Builder every(Duration interval, String mode) {
    return every(interval, mode, "job");
  }

  /** A schedule starting {@link Job} with the given workflow id prefix. */
  static Schedule.Builder every(Duration interval, String mode, String workflowId) {
    return on(
        ScheduleSpec.newBuilder().setIntervals(List.of(new ScheduleIntervalSpec(interval))).build(),
        mode,
        workflowId);
  }

  /** A schedule starting {@link Job} in the given mode at the times of the given spec. */
  static Schedule.Builder on(ScheduleSpec spec, String mode, String workflowId) {
    return Schedule.newBuilder()
        .setAction(
            ScheduleActionStartWorkflow.newBuilder()
                .setWorkflowType(Job.class)
                .setArguments(mode)
                .setOptions(
                    WorkflowOptions.newBuilder()
                        .setWorkflowId(workflowId)
                        .setTaskQueue(QUEUE)
                        .build())
                .build())
        .setSpec(spec);
  }

  /** The server's clock. */
  Instant now() {
    Timestamp time =
        this.testService.blockingStub().getCurrentTime(Empty.getDefaultInstance()).getTime();
    return Instant.ofEpochSecond(time.getSeconds(), time.getNanos());
  }

  /** The times ListScheduleMatchingTimes answers for a schedule of the default namespace. */
  List<Instant> matchingTimes(String scheduleId, Instant from, Instant to) {
    return this.stubs
        .blockingStub()
        .listScheduleMatchingTimes(
            ListScheduleMatchingTimesRequest.newBuilder()
                .setNamespace("default")
                .setScheduleId(scheduleId)
                .setStartTime(
                    Timestamps.fromNanos(from.getEpochSecond() * 1_000_000_000L + from.getNano()))
                .setEndTime(
                    Timestamps.fromNanos(to.getEpochSecond() * 1_000_000_000L + to.getNano()))
                .build())
        .getStartTimeList()
        .stream()
        .map((t) -> Instant.ofEpochSecond(t.getSeconds(), t.getNanos()))
        .toList();
  }

  @Override
  public void close() {
    this.workers.shutdownNow();
    this.workers.awaitTermination(5, TimeUnit.SECONDS);
    this.testService.shutdownNow();
    this.stubs.shutdownNow();
    this.server.close();
  }

  /**
   * A workflow that completes, fails, sleeps (mode {@code sleep P3D}) or waits for {@link
   * #release()}, as its mode says.
   */
  @WorkflowInterface
  public interface Job {

    @WorkflowMethod
    String run(String mode);

    @SignalMethod
    void release();
  }

  /** Runs {@link Job}. */
  public static class JobImpl implements Job {

    private boolean released;

    @Override
    public String run(String mode) {
      if (mode.equals("fail")) {
        throw ApplicationFailure.newNonRetryableFailure("out of stock", "Stock");
      }
      if (mode.equals("wait")) {
        Workflow.await(() -> this.released);
      }
      if (mode.startsWith("sleep ")) {
        Workflow.sleep(Duration.parse(mode.substring("sleep ".length())));
      }
      return "done";
    }

    @Override
    public void release() {
      this.released = true;
    }
  }
}
