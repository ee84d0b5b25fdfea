package dev.temporalboot.internal.worker.slots;

import io.temporal.worker.tuning.FixedSizeSlotSupplier;
import io.temporal.worker.tuning.SlotInfo;
import io.temporal.worker.tuning.SlotMarkUsedContext;
import io.temporal.worker.tuning.SlotPermit;
import io.temporal.worker.tuning.SlotReleaseContext;
import java.util.Set;

/**
 * The SDK's fixed-size slots, also remembering which slots hold a task. A subclass rather than a
 * wrapper: the SDK reports a worker's slots as "Fixed" by the supplier's type, and that stays true.
 *
 * @param <SI> the kind of task the slots are for
 */
final class CountingSlotSupplier<SI extends SlotInfo> extends FixedSizeSlotSupplier<SI> {

  private final Set<SlotPermit> used;

  /**
   * Creates the slots.
   *
   * @param slots how many
   * @param used where a slot's permit stays while it holds a task; shared by a factory's workers
   */
  CountingSlotSupplier(int slots, Set<SlotPermit> used) {
    super(slots);
    this.used = used;
  }

  @Override
  public void markSlotUsed(SlotMarkUsedContext<SI> context) {
    super.markSlotUsed(context);
    this.used.add(context.getSlotPermit());
  }

  @Override
  public void releaseSlot(SlotReleaseContext<SI> context) {
    this.used.remove(context.getSlotPermit());
    super.releaseSlot(context);
  }
}
