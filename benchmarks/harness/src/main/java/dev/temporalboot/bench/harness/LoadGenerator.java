package dev.temporalboot.bench.harness;

import dev.temporalboot.bench.BenchSettings;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Starts benchmark workflows from the driver's JVM and waits for them, the same way for every
 * variant: only the worker on the other end differs.
 */
final class LoadGenerator implements AutoCloseable {

  /** Threads issuing start calls; one would make start latency the bound. */
  private static final int STARTERS = 4;

  private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;

  LoadGenerator(String target) {
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    // Connect before any worker is spawned, so start-up timing never includes the driver's own.
    this.stubs.blockingStub().getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
    this.client = WorkflowClient.newInstance(this.stubs);
  }

  /**
   * Starts one workflow and waits for its result while the worker is alive; its activities skip
   * their sleep, so it times start-up alone.
   */
  void runOne(String taskQueue, String workflowId, BooleanSupplier workerAlive)
      throws InterruptedException {
    CompletableFuture<String> result =
        start(taskQueue, workflowId, BenchSettings.WARM_UP_PREFIX + workflowId)
            .getResultAsync(String.class);
    long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
    while (!result.isDone()) {
      check(workerAlive, deadline);
      Thread.sleep(2);
    }
    result.join();
  }

  /**
   * Runs {@code count} workflows with at most {@code inFlight} unfinished at any time.
   *
   * @param inputPrefix put before each workflow's input, such as {@link
   *     BenchSettings#ONE_ACTIVITY_PREFIX}; empty for none
   * @return workflows completed per second, from the first start to the last completion
   */
  double runMany(
      String taskQueue, int count, int inFlight, String inputPrefix, BooleanSupplier workerAlive)
      throws InterruptedException {
    Semaphore permits = new Semaphore(inFlight);
    CountDownLatch done = new CountDownLatch(count);
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService starters = Executors.newFixedThreadPool(STARTERS);
    long begin = System.nanoTime();
    for (int i = 0; i < STARTERS; i++) {
      starters.execute(
          () -> {
            int index;
            while ((index = next.getAndIncrement()) < count && failure.get() == null) {
              try {
                permits.acquire();
                String workflowId = taskQueue + "-" + index;
                start(taskQueue, workflowId, inputPrefix + workflowId)
                    .getResultAsync(String.class)
                    .whenComplete(
                        (value, error) -> {
                          if (error != null) {
                            failure.compareAndSet(null, error);
                          }
                          permits.release();
                          done.countDown();
                        });
              } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
              } catch (RuntimeException ex) {
                failure.compareAndSet(null, ex);
              }
            }
          });
    }
    starters.shutdown();
    long deadline = begin + RUN_LIMIT.toNanos();
    try {
      while (!done.await(50, TimeUnit.MILLISECONDS)) {
        if (failure.get() != null) {
          throw new IllegalStateException("a workflow failed", failure.get());
        }
        check(workerAlive, deadline);
      }
    } finally {
      starters.shutdownNow();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a workflow failed", failure.get());
    }
    return count / ((System.nanoTime() - begin) / 1e9);
  }

  private WorkflowStub start(String taskQueue, String workflowId, String input) {
    WorkflowStub stub =
        this.client.newUntypedWorkflowStub(
            BenchSettings.WORKFLOW_TYPE,
            WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(workflowId).build());
    stub.start(input);
    return stub;
  }

  private static void check(BooleanSupplier workerAlive, long deadline) {
    if (!workerAlive.getAsBoolean()) {
      throw new WorkerExitedException();
    }
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException("no result within " + RUN_LIMIT);
    }
  }

  @Override
  public void close() {
    this.stubs.shutdownNow();
  }
}
