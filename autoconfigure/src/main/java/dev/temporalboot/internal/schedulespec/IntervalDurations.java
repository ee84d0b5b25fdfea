package dev.temporalboot.internal.schedulespec;

import com.google.protobuf.Duration;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.ScheduleSpec;

/** The server's checks of interval specs: well-formed durations, then interval and phase. */
final class IntervalDurations {

  private static final long MAX_SECONDS = 315_576_000_000L;

  private IntervalDurations() {}

  /** Checks that the intervals a client sent are well-formed protobuf durations. */
  static void check(ScheduleSpec spec) {
    for (IntervalSpec interval : spec.getIntervalList()) {
      if (interval.hasInterval()) {
        wellFormed(interval.getInterval(), "interval");
      }
      if (interval.hasPhase()) {
        wellFormed(interval.getPhase(), "phase");
      }
    }
  }

  /** Checks an interval of at least a second and a phase in [0, interval). */
  static void validate(IntervalSpec interval) {
    java.time.Duration every = value(interval.getInterval());
    java.time.Duration phase = value(interval.getPhase());
    if (every.compareTo(java.time.Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("interval is too small");
    }
    if (phase.isNegative()) {
      throw new IllegalArgumentException("phase is negative");
    }
    if (phase.compareTo(every) >= 0) {
      throw new IllegalArgumentException("phase cannot be greater than Interval");
    }
  }

  private static void wellFormed(Duration d, String name) {
    String problem = null;
    if (d.getSeconds() < -MAX_SECONDS) {
      problem = "exceeds -10000 years";
    } else if (d.getSeconds() > MAX_SECONDS) {
      problem = "exceeds +10000 years";
    } else if (d.getNanos() <= -1_000_000_000 || d.getNanos() >= 1_000_000_000) {
      problem = "has out-of-range nanos";
    } else if (d.getSeconds() > 0 && d.getNanos() < 0 || d.getSeconds() < 0 && d.getNanos() > 0) {
      problem = "has seconds and nanos with different signs";
    }
    if (problem != null) {
      throw new IllegalArgumentException(
          name
              + " is not a valid duration: duration (seconds:"
              + d.getSeconds()
              + " nanos:"
              + d.getNanos()
              + ") "
              + problem);
    }
  }

  private static java.time.Duration value(Duration d) {
    return java.time.Duration.ofSeconds(d.getSeconds(), d.getNanos());
  }
}
