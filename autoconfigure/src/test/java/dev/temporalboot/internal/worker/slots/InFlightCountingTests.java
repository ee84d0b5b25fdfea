package dev.temporalboot.internal.worker.slots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SimplePlugin;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkerPlugin;
import io.temporal.worker.tuning.CompositeTuner;
import io.temporal.worker.tuning.FixedSizeSlotSupplier;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each worker gets the slots it would have had, and they count its tasks; a worker whose slots a
 * tuner of the application decides is left as it is, and then nothing is known of its tasks.
 */
class InFlightCountingTests {

  private static final String QUEUE = "counted";

  private final CountDownLatch activityStarted = new CountDownLatch(1);

  private final CountDownLatch releaseActivity = new CountDownLatch(1);

  private final EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);

  private WorkflowServiceStubs stubs;

  private WorkerFactory factory;

  @AfterEach
  void stop() {
    this.releaseActivity.countDown();
    if (this.factory != null) {
      this.factory.shutdownNow();
      this.factory.awaitTermination(5, TimeUnit.SECONDS);
    }
    if (this.stubs != null) {
      this.stubs.shutdownNow();
    }
    this.server.close();
  }

  @Test
  void aWorkerWithoutATunerGetsCountedSlotsOfTheSizesItWouldHaveHad() {
    Worker worker =
        newWorker(WorkerOptions.newBuilder().setMaxConcurrentActivityExecutionSize(7).build());

    assertThat(worker.getWorkerOptions().getWorkerTuner()).isInstanceOf(CountingTuner.class);
    assertThat(SlotCounts.of(worker.getWorkerOptions()))
        .isEqualTo(new SlotCounts(200, 7, 200, 200));
    assertThat(InFlightCounting.tasksInFlight(this.factory, List.of(QUEUE)))
        .isEqualTo(OptionalInt.of(0));
  }

  @Test
  void slotsSizedByAnEarlierPluginAreTheOnesCounted() {
    WorkerPlugin sizing =
        new SimplePlugin("test.sizing") {
          @Override
          public void configureWorker(String taskQueue, WorkerOptions.Builder builder) {
            builder.setMaxConcurrentWorkflowTaskExecutionSize(3);
          }
        };
    Worker worker = newWorker(WorkerOptions.getDefaultInstance(), sizing);

    assertThat(worker.getWorkerOptions().getWorkerTuner()).isInstanceOf(CountingTuner.class);
    assertThat(SlotCounts.of(worker.getWorkerOptions()).workflowTasks()).isEqualTo(3);
  }

  @Test
  void aWorkerWithItsOwnTunerKeepsItAndLeavesTheFactoryUncounted() {
    CompositeTuner own =
        new CompositeTuner(
            new FixedSizeSlotSupplier<>(4),
            new FixedSizeSlotSupplier<>(5),
            new FixedSizeSlotSupplier<>(6),
            new FixedSizeSlotSupplier<>(7));
    newWorker(WorkerOptions.getDefaultInstance());
    Worker tuned =
        this.factory.newWorker("tuned", WorkerOptions.newBuilder().setWorkerTuner(own).build());

    assertThat(tuned.getWorkerOptions().getWorkerTuner()).isSameAs(own);
    // Found through the counted worker, the count still knows of the other one.
    assertThat(InFlightCounting.tasksInFlight(this.factory, List.of(QUEUE, "tuned"))).isEmpty();
    assertThat(InFlightCounting.tasksInFlight(this.factory, List.of("tuned"))).isEmpty();
  }

  @Test
  void theCountHoldsARunningActivityUntilItEnds() throws InterruptedException {
    Worker worker = newWorker(WorkerOptions.getDefaultInstance());
    worker.registerWorkflowImplementationTypes(WaitingWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        new WaitingActivitiesImpl(this.activityStarted, this.releaseActivity));
    this.factory.start();
    WaitingWorkflow workflow =
        this.factory
            .getWorkflowClient()
            .newWorkflowStub(
                WaitingWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue(QUEUE).build());
    WorkflowClient.start(workflow::run);

    assertThat(this.activityStarted.await(20, TimeUnit.SECONDS)).isTrue();
    // The workflow task that scheduled the activity may still be completing.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> InFlightCounting.tasksInFlight(this.factory, List.of(QUEUE)).getAsInt() == 1);
    this.releaseActivity.countDown();
    assertThat(workflow.run()).isEqualTo("released");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> InFlightCounting.tasksInFlight(this.factory, List.of(QUEUE)).getAsInt() == 0);
  }

  private Worker newWorker(WorkerOptions options, WorkerPlugin... before) {
    this.server.start();
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
    WorkerPlugin[] plugins = new WorkerPlugin[before.length + 1];
    System.arraycopy(before, 0, plugins, 0, before.length);
    plugins[before.length] = new InFlightCounting();
    this.factory =
        WorkerFactory.newInstance(
            WorkflowClient.newInstance(this.stubs),
            WorkerFactoryOptions.newBuilder().setPlugins(plugins).build());
    return this.factory.newWorker(QUEUE, options);
  }

  /** Runs one activity that waits for the test. */
  @WorkflowInterface
  public interface WaitingWorkflow {

    @WorkflowMethod
    String run();
  }

  /** The activity the workflow waits for. */
  @ActivityInterface
  public interface WaitingActivities {

    String waitForTheTest();
  }

  /** Calls the activity once. */
  public static class WaitingWorkflowImpl implements WaitingWorkflow {

    @Override
    public String run() {
      return Workflow.newActivityStub(
              WaitingActivities.class,
              ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build())
          .waitForTheTest();
    }
  }

  /** Holds its slot until the test releases it. */
  public static class WaitingActivitiesImpl implements WaitingActivities {

    private final CountDownLatch started;

    private final CountDownLatch release;

    WaitingActivitiesImpl(CountDownLatch started, CountDownLatch release) {
      this.started = started;
      this.release = release;
    }

    @Override
    public String waitForTheTest() {
      this.started.countDown();
      try {
        return this.release.await(30, TimeUnit.SECONDS) ? "released" : "timed out";
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }
  }
}
