package dev.temporalboot.internal.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded server's clock moved by a test, step by step through what falls due. */
class EmbeddedClockTests {

  private static final String QUEUE = "naps";

  private final EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, true);

  private WorkflowServiceStubs stubs;

  private EmbeddedClock clock;

  @BeforeEach
  void start() {
    this.server.start();
    this.server.registerNamespace("billing");
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
    this.clock = this.server.newClock(Duration.ofSeconds(1));
  }

  @AfterEach
  void stop() {
    this.clock.close();
    this.stubs.shutdownNow();
    this.server.close();
  }

  @Test
  void timersOneAfterAnotherAllFireWithinTheSkipInASecondNamespace() {
    WorkflowClient billing = client("billing");
    WorkerFactory workers = WorkerFactory.newInstance(billing);
    workers.newWorker(QUEUE).registerWorkflowImplementationTypes(TwoNapsImpl.class);
    workers.start();
    try {
      TwoNaps naps =
          billing.newWorkflowStub(
              TwoNaps.class,
              WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId("two-naps").build());
      WorkflowClient.start(naps::napTwice);

      // The second timer starts only once the first has fired and its workflow task ran.
      this.clock.skip(Duration.ofHours(2));

      assertThat(billing.newUntypedWorkflowStub("two-naps").describe().getStatus())
          .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void returnsOnceTheWorkflowTaskAfterTheLastTimerHasCompleted() {
    WorkflowClient client = client("default");
    WorkerFactory workers = WorkerFactory.newInstance(client);
    workers.newWorker(QUEUE).registerWorkflowImplementationTypes(SlowWakeImpl.class);
    workers.start();
    try {
      client
          .newUntypedWorkflowStub(
              "SlowWake",
              WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId("slow-wake").build())
          .start();

      this.clock.skip(Duration.ofHours(1));

      assertThat(client.newUntypedWorkflowStub("slow-wake").describe().getStatus())
          .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void aWorkflowTaskNoWorkerTakesFailsTheSkipNamingTheWorkflow() {
    client("default")
        .newUntypedWorkflowStub(
            "TwoNaps",
            WorkflowOptions.newBuilder().setTaskQueue("unpolled").setWorkflowId("orphan").build())
        .start();

    assertThatIllegalStateException()
        .isThrownBy(() -> this.clock.skip(Duration.ofHours(1)))
        .withMessageContaining("workflow orphan in namespace default")
        .withMessageContaining("does a worker poll its queue?");
  }

  @Test
  void aScheduledWorkflowNoWorkerTakesStopsTheSkipAtItsActionNamingIt() {
    ScheduleClient schedules =
        ScheduleClient.newInstance(this.stubs, ScheduleClientOptions.newBuilder().build());
    schedules.createSchedule(
        "hourly-orphan",
        Schedule.newBuilder()
            .setAction(
                ScheduleActionStartWorkflow.newBuilder()
                    .setWorkflowType("TwoNaps")
                    .setOptions(
                        WorkflowOptions.newBuilder()
                            .setWorkflowId("scheduled-orphan")
                            .setTaskQueue("unpolled")
                            .build())
                    .build())
            .setSpec(
                ScheduleSpec.newBuilder()
                    .setIntervals(List.of(new ScheduleIntervalSpec(Duration.ofHours(1))))
                    .build())
            .build(),
        ScheduleOptions.newBuilder().build());

    // One sleep over the whole day would block: the orphan's workflow task holds time still.
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatIllegalStateException()
                .isThrownBy(() -> this.clock.skip(Duration.ofDays(1)))
                .withMessageContaining("workflow scheduled-orphan-")
                .withMessageContaining("does a worker poll its queue?"));
  }

  @Test
  void skipsWhileAClientWaitingForAResultLetsTimeSkip() {
    Instant before = this.clock.now();
    TimeSkippingLock lock = this.server.newTimeSkippingLock();
    try {
      lock.beginWait();
      this.clock.skip(Duration.ofHours(1));
      lock.endWait();
    } finally {
      lock.close();
    }

    assertThat(Duration.between(before, this.clock.now()))
        .isGreaterThanOrEqualTo(Duration.ofHours(1));
  }

  private WorkflowClient client(String namespace) {
    return WorkflowClient.newInstance(
        this.stubs, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
  }

  @WorkflowInterface
  public interface TwoNaps {

    @WorkflowMethod
    void napTwice();
  }

  public static class TwoNapsImpl implements TwoNaps {

    @Override
    public void napTwice() {
      Workflow.sleep(Duration.ofHours(1));
      Workflow.sleep(Duration.ofMinutes(59));
    }
  }

  @WorkflowInterface
  public interface SlowWake {

    @WorkflowMethod
    void wake();
  }

  /** Its last workflow task takes 300 ms of real time, as heavy workflow code would. */
  public static class SlowWakeImpl implements SlowWake {

    @Override
    public void wake() {
      Workflow.sleep(Duration.ofHours(1));
      long busyUntil = System.nanoTime() + Duration.ofMillis(300).toNanos();
      while (System.nanoTime() < busyUntil) {
        Thread.onSpinWait();
      }
    }
  }
}
