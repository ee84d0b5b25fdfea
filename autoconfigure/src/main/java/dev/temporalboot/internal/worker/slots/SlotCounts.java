package dev.temporalboot.internal.worker.slots;

import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.SlotSupplier;
import io.temporal.worker.tuning.WorkerTuner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How many tasks of each kind a worker may run at once. Read from its tuner when it has one, which
 * every worker of Temporal Boot has (see {@link InFlightCounting}): the SDK then reports its own
 * defaults in the options' slot counts, not the slots the worker has.
 *
 * @param workflowTasks workflow task slots, or null when a tuner decides them as it runs
 * @param activities activity slots, or null likewise
 * @param localActivities local activity slots, or null likewise
 * @param nexusOperations Nexus operation slots, or null likewise
 */
public record SlotCounts(
    @Nullable Integer workflowTasks,
    @Nullable Integer activities,
    @Nullable Integer localActivities,
    @Nullable Integer nexusOperations) {

  /**
   * Reads the slot counts of a worker's options.
   *
   * @param options the options, as {@code Worker.getWorkerOptions()} returns them
   * @return the counts
   */
  public static SlotCounts of(WorkerOptions options) {
    WorkerTuner tuner = options.getWorkerTuner();
    if (tuner == null) {
      return new SlotCounts(
          options.getMaxConcurrentWorkflowTaskExecutionSize(),
          options.getMaxConcurrentActivityExecutionSize(),
          options.getMaxConcurrentLocalActivityExecutionSize(),
          options.getMaxConcurrentNexusExecutionSize());
    }
    return new SlotCounts(
        maximum(tuner, WorkerTuner::getWorkflowTaskSlotSupplier),
        maximum(tuner, WorkerTuner::getActivityTaskSlotSupplier),
        maximum(tuner, WorkerTuner::getLocalActivitySlotSupplier),
        maximum(tuner, WorkerTuner::getNexusSlotSupplier));
  }

  private static @Nullable Integer maximum(
      WorkerTuner tuner, Function<WorkerTuner, SlotSupplier<?>> supplier) {
    return supplier.apply(tuner).getMaximumSlots().orElse(null);
  }
}
