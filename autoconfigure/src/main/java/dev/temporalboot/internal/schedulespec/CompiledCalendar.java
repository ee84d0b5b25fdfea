package dev.temporalboot.internal.schedulespec;

import io.temporal.api.schedule.v1.Range;
import io.temporal.api.schedule.v1.StructuredCalendarSpec;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A structured calendar in a zone, searched field by field from the year inwards as the server
 * searches it, one-second resolution. Wall clock times a DST change skips never match; in a
 * repeated hour both copies do, labelled as the server's search labels them.
 */
final class CompiledCalendar {

  private final ZoneId zone;
  private final @Nullable BitSet years;
  private final BitSet months;
  private final BitSet daysOfMonth;
  private final BitSet daysOfWeek;
  private final BitSet hours;
  private final BitSet minutes;
  private final BitSet seconds;

  CompiledCalendar(StructuredCalendarSpec calendar, ZoneId zone) {
    this.zone = zone;
    // No year ranges means every year; every other empty field matches nothing.
    this.years = calendar.getYearCount() == 0 ? null : bits(calendar.getYearList(), 10_000);
    this.months = bits(calendar.getMonthList(), 64);
    this.daysOfMonth = bits(calendar.getDayOfMonthList(), 64);
    this.daysOfWeek = bits(calendar.getDayOfWeekList(), 64);
    this.hours = bits(calendar.getHourList(), 64);
    this.minutes = bits(calendar.getMinuteList(), 64);
    this.seconds = bits(calendar.getSecondList(), 64);
  }

  /** Returns whether the instant's wall clock time in this calendar's zone matches. */
  boolean matches(Instant instant) {
    ZonedDateTime t = instant.atZone(this.zone);
    return year(t.getYear())
        && this.months.get(t.getMonthValue())
        && this.daysOfMonth.get(t.getDayOfMonth())
        && this.daysOfWeek.get(t.getDayOfWeek().getValue() % 7)
        && this.hours.get(t.getHour())
        && this.minutes.get(t.getMinute())
        && this.seconds.get(t.getSecond());
  }

  /** Returns the first matching instant after the given one, or null if none by year 2100. */
  @Nullable Instant next(Instant after) {
    if (this.months.isEmpty()
        || this.daysOfMonth.isEmpty()
        || this.daysOfWeek.isEmpty()
        || this.hours.isEmpty()
        || this.minutes.isEmpty()
        || this.seconds.isEmpty()) {
      return null; // the server's search would walk every second to 2100 to find nothing
    }
    return new CalendarSearch(this, after).next();
  }

  ZoneId zone() {
    return this.zone;
  }

  boolean year(int year) {
    return this.years == null || this.years.get(year);
  }

  boolean month(int month) {
    return this.months.get(month);
  }

  boolean day(int year, int month, int day, int hour, int minute, int second) {
    if (!this.daysOfMonth.get(day)) {
      return false;
    }
    Instant at = GoTimes.date(year, month, day, hour, minute, second, this.zone);
    return this.daysOfWeek.get(at.atZone(this.zone).getDayOfWeek().getValue() % 7);
  }

  boolean hour(int hour) {
    return this.hours.get(hour);
  }

  boolean minute(int minute) {
    return this.minutes.get(minute);
  }

  boolean second(int second) {
    return this.seconds.get(second);
  }

  private static BitSet bits(List<Range> ranges, int limit) {
    BitSet bits = new BitSet();
    for (Range range : ranges) {
      int step = range.getStep() == 0 ? 1 : range.getStep();
      int end = Math.max(range.getEnd(), range.getStart());
      for (long v = range.getStart(); v <= end && v < limit; v += step) {
        if (v >= 0) {
          bits.set((int) v);
        }
      }
    }
    return bits;
  }
}
