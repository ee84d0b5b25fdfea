package dev.temporalboot.internal.worker.slots;

import io.temporal.common.SimplePlugin;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.SlotPermit;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the tasks the workers of one factory run, so that a stop can tell idle workers, whose
 * pollers only wait for an unreachable server, from busy ones; the SDK shows no such count. A
 * plugin, added last to the factory, so that it sees each worker's options after the YAML, the
 * customizers and every other plugin: a worker left without a tuner gets a {@link CountingTuner} of
 * the same slot sizes. Once a worker's slots are decided by a tuner of the application, what the
 * factory's workers run is unknown.
 */
public final class InFlightCounting extends SimplePlugin {

  /** The plugin's name, as the SDK knows it. */
  public static final String NAME = "temporal-boot.in-flight-tasks";

  private final Set<SlotPermit> used = ConcurrentHashMap.newKeySet();

  private volatile boolean uncounted;

  /** Creates the count of one worker factory. */
  public InFlightCounting() {
    super(NAME);
  }

  @Override
  public void configureWorker(String taskQueue, WorkerOptions.Builder builder) {
    WorkerOptions options = builder.build();
    if (options.getWorkerTuner() != null) {
      this.uncounted = true;
      return;
    }
    WorkerOptions sized = WorkerOptions.newBuilder(options).validateAndBuildWithDefaults();
    builder
        .setWorkerTuner(new CountingTuner(sized, this.used, this))
        .setMaxConcurrentWorkflowTaskExecutionSize(0)
        .setMaxConcurrentActivityExecutionSize(0)
        .setMaxConcurrentLocalActivityExecutionSize(0);
  }

  /**
   * Returns the tasks the workers of a factory hold, found through any of its counted workers.
   *
   * @param factory the factory
   * @param taskQueues task queues of its workers
   * @return the tasks in flight, or empty when they are not known
   */
  public static OptionalInt tasksInFlight(WorkerFactory factory, Collection<String> taskQueues) {
    for (String taskQueue : taskQueues) {
      Worker worker = factory.tryGetWorker(taskQueue);
      if (worker != null
          && worker.getWorkerOptions().getWorkerTuner() instanceof CountingTuner counted) {
        return counted.counting().tasksInFlight();
      }
    }
    return OptionalInt.empty();
  }

  private OptionalInt tasksInFlight() {
    return this.uncounted ? OptionalInt.empty() : OptionalInt.of(this.used.size());
  }
}
