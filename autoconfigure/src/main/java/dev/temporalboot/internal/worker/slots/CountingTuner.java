package dev.temporalboot.internal.worker.slots;

import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.CompositeTuner;
import io.temporal.worker.tuning.SlotPermit;
import java.util.Set;

/**
 * The slots the SDK gives a worker without a tuner, of the same sizes, whose permits stay in the
 * factory's {@link InFlightCounting} while they hold a task: a workflow task, an activity, a local
 * activity or a Nexus operation.
 */
final class CountingTuner extends CompositeTuner {

  private final InFlightCounting counting;

  /**
   * Creates the tuner.
   *
   * @param sized the worker's options with the SDK's defaults filled in
   * @param used where a slot's permit stays while it holds a task
   * @param counting the count the tuner belongs to
   */
  CountingTuner(WorkerOptions sized, Set<SlotPermit> used, InFlightCounting counting) {
    super(
        new CountingSlotSupplier<>(sized.getMaxConcurrentWorkflowTaskExecutionSize(), used),
        new CountingSlotSupplier<>(sized.getMaxConcurrentActivityExecutionSize(), used),
        new CountingSlotSupplier<>(sized.getMaxConcurrentLocalActivityExecutionSize(), used),
        new CountingSlotSupplier<>(sized.getMaxConcurrentNexusExecutionSize(), used));
    this.counting = counting;
  }

  /**
   * Returns the count of the factory whose worker has this tuner.
   *
   * @return the count
   */
  InFlightCounting counting() {
    return this.counting;
  }
}
