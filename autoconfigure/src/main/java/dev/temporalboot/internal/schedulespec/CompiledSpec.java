package dev.temporalboot.internal.schedulespec;

import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.ScheduleSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A canonical spec's action times, found as the server finds them: the earliest time any calendar
 * or interval matches, skipping excluded times, within the start and end times, plus jitter that
 * never passes the following nominal time.
 */
final class CompiledSpec implements ActionTimes {

  /** Bounds the walk over excluded times, which the server leaves unbounded by default. */
  private static final int MAX_EXCLUDED = 1_000_000;

  private final ScheduleSpec spec;
  private final String jitterSeed;
  private final List<CompiledCalendar> calendars;
  private final List<CompiledCalendar> excludes;

  CompiledSpec(ScheduleSpec canonical, ZoneId zone, String jitterSeed) {
    this.spec = canonical;
    this.jitterSeed = jitterSeed;
    this.calendars =
        canonical.getStructuredCalendarList().stream()
            .map((calendar) -> new CompiledCalendar(calendar, zone))
            .toList();
    this.excludes =
        canonical.getExcludeStructuredCalendarList().stream()
            .map((calendar) -> new CompiledCalendar(calendar, zone))
            .toList();
  }

  @Override
  public @Nullable ActionTime next(Instant after) {
    Instant start =
        Instant.ofEpochSecond(
            this.spec.getStartTime().getSeconds(), this.spec.getStartTime().getNanos());
    Instant from = after.isAfter(start.minusSeconds(1)) ? after : start.minusSeconds(1);
    Instant nominal = null;
    for (int i = 0; nominal == null || excluded(nominal); i++) {
      if (i > MAX_EXCLUDED) {
        return null;
      }
      nominal = rawNext(from);
      if (nominal == null || pastEnd(nominal)) {
        return null;
      }
      from = nominal;
    }
    Duration maxJitter = duration(this.spec.getJitter());
    Instant following = rawNext(nominal);
    if (following != null && Duration.between(nominal, following).compareTo(maxJitter) < 0) {
      maxJitter = Duration.between(nominal, following);
    }
    return new ActionTime(nominal, Jitter.add(this.jitterSeed, nominal, maxJitter));
  }

  /** The next time any calendar or interval matches, in whole seconds, before exclusions. */
  private @Nullable Instant rawNext(Instant after) {
    long min = Long.MAX_VALUE;
    for (CompiledCalendar calendar : this.calendars) {
      Instant next = calendar.next(after);
      if (next != null) {
        min = Math.min(min, next.getEpochSecond());
      }
    }
    long ts = after.getEpochSecond();
    for (IntervalSpec interval : this.spec.getIntervalList()) {
      long every = Math.max(duration(interval.getInterval()).getSeconds(), 1);
      long phase = Math.max(duration(interval.getPhase()).getSeconds(), 0);
      // aligned to the Unix epoch, shifted by the phase
      min = Math.min(min, ((ts - phase) / every + 1) * every + phase);
    }
    return min == Long.MAX_VALUE ? null : Instant.ofEpochSecond(min);
  }

  private boolean excluded(Instant nominal) {
    return this.excludes.stream().anyMatch((exclude) -> exclude.matches(nominal));
  }

  private boolean pastEnd(Instant t) {
    boolean pastEndTime =
        this.spec.hasEndTime()
            && t.isAfter(
                Instant.ofEpochSecond(
                    this.spec.getEndTime().getSeconds(), this.spec.getEndTime().getNanos()));
    return pastEndTime || t.atZone(ZoneOffset.UTC).getYear() > Calendars.MAX_YEAR;
  }

  private static Duration duration(com.google.protobuf.Duration d) {
    return Duration.ofSeconds(d.getSeconds(), d.getNanos());
  }
}
