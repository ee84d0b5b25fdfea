package dev.temporalboot.internal.embedded.schedule;

import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_ALLOW_ALL;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What the overlap policies make of the buffered starts, as a real cluster's scheduler decides it:
 * at most one start that does not overlap, any number that allow overlapping, what stays buffered,
 * and whether the running workflow must be cancelled or terminated first.
 */
final class OverlapDecision {

  final List<BufferedStart> overlapping = new ArrayList<>();

  final List<BufferedStart> buffer = new ArrayList<>();

  @Nullable BufferedStart nonOverlapping;

  long skipped;

  boolean cancel;

  boolean terminate;

  private OverlapDecision() {}

  static OverlapDecision decide(
      List<BufferedStart> starts, boolean running, UnaryOperator<ScheduleOverlapPolicy> resolve) {
    OverlapDecision decision = new OverlapDecision();
    for (BufferedStart start : starts) {
      decision.add(start, running, resolve.apply(start.overlap()));
    }
    if (decision.cancel || decision.terminate) {
      // they would be cancelled or terminated right away with the running one
      decision.overlapping.clear();
    }
    return decision;
  }

  private void add(BufferedStart start, boolean running, ScheduleOverlapPolicy policy) {
    if (policy == SCHEDULE_OVERLAP_POLICY_ALLOW_ALL) {
      this.overlapping.add(start);
      return;
    }
    if (!running && this.nonOverlapping == null) {
      this.nonOverlapping = start;
      return;
    }
    switch (policy) {
      case SCHEDULE_OVERLAP_POLICY_BUFFER_ONE -> {
        if (this.buffer.isEmpty()) {
          this.buffer.add(start);
        } else {
          this.skipped++;
        }
      }
      case SCHEDULE_OVERLAP_POLICY_BUFFER_ALL -> this.buffer.add(start);
      case SCHEDULE_OVERLAP_POLICY_CANCEL_OTHER -> replaceOrWait(start, running, true);
      case SCHEDULE_OVERLAP_POLICY_TERMINATE_OTHER -> replaceOrWait(start, running, false);
      default -> this.skipped++;
    }
  }

  /** A workflow that runs is stopped and the start waits; one only about to start is replaced. */
  private void replaceOrWait(BufferedStart start, boolean running, boolean cancelling) {
    if (!running) {
      this.nonOverlapping = start;
      return;
    }
    if (cancelling) {
      this.cancel = true;
    } else {
      this.terminate = true;
    }
    this.buffer.add(start);
  }
}
