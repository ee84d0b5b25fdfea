package dev.temporalboot.internal.embedded.schedule.spec;

import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.ScheduleSpec;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compiles schedule specs. This version knows intervals with phase and the start and end times
 * only; cron strings, calendars, time zones, jitter and exclusions come with the full compiler.
 */
public final class ScheduleSpecs {

  private ScheduleSpecs() {}

  /**
   * Compiles a spec into the times its actions run.
   *
   * @param spec the spec as the client sent it
   * @param jitterSeed the seed that makes a schedule's jitter repeatable
   * @return the action times
   * @throws InvalidScheduleSpecException when a real cluster would reject the spec
   */
  public static ActionTimes compile(ScheduleSpec spec, String jitterSeed) {
    List<IntervalSpec> intervals = spec.getIntervalList();
    for (IntervalSpec interval : intervals) {
      if (Durations.toMillis(interval.getInterval()) < 1000) {
        throw new InvalidScheduleSpecException("Interval is too small");
      }
    }
    Instant start = spec.hasStartTime() ? toInstant(spec.getStartTime()) : null;
    Instant end = spec.hasEndTime() ? toInstant(spec.getEndTime()) : null;
    return (after) -> next(intervals, start, end, after);
  }

  /**
   * Returns the spec in the form a real cluster stores and describes.
   *
   * @param spec the spec as the client sent it
   * @return the canonical spec
   */
  public static ScheduleSpec canonicalize(ScheduleSpec spec) {
    return spec;
  }

  private static @Nullable ActionTime next(
      List<IntervalSpec> intervals, @Nullable Instant start, @Nullable Instant end, Instant after) {
    long from = after.getEpochSecond();
    if (start != null && !after.isAfter(start)) {
      from = start.getEpochSecond() - 1;
    }
    long best = Long.MAX_VALUE;
    for (IntervalSpec interval : intervals) {
      long every = Durations.toSeconds(interval.getInterval());
      long phase = Durations.toSeconds(interval.getPhase());
      best = Math.min(best, Math.floorDiv(from - phase, every) * every + every + phase);
    }
    if (best == Long.MAX_VALUE) {
      return null;
    }
    Instant nominal = Instant.ofEpochSecond(best);
    if (end != null && nominal.isAfter(end)) {
      return null;
    }
    return new ActionTime(nominal, nominal);
  }

  private static Instant toInstant(com.google.protobuf.Timestamp timestamp) {
    return Instant.ofEpochMilli(Timestamps.toMillis(timestamp));
  }
}
