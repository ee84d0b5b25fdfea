/**
 * Internal: the slots of the workers. Each worker gets the SDK's fixed-size slots of its configured
 * sizes through a tuner that also counts the tasks they hold, for the graceful stop; {@code
 * SlotCounts} reads a worker's real slot sizes back. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.worker.slots;

import org.jspecify.annotations.NullMarked;
