package dev.temporalboot.internal.schedulespec;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One search for a calendar's next time, walking the wall clock fields from the year inwards as the
 * server does. A repeated DST hour is walked twice: the second time the wall clock hour is kept and
 * an hour's offset added, which is how the second copy gets matched.
 */
final class CalendarSearch {

  private static final Duration HOUR = Duration.ofHours(1);

  private final CompiledCalendar calendar;
  private final ZoneId zone;
  private int y;
  private int mo;
  private int d;
  private int h;
  private int m;
  private int s;
  private Duration dstOffset = Duration.ZERO;

  CalendarSearch(CompiledCalendar calendar, Instant after) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    ZonedDateTime t = after.atZone(this.zone);
    this.y = t.getYear();
    this.mo = t.getMonthValue();
    this.d = t.getDayOfMonth();
    this.h = t.getHour();
    this.m = t.getMinute();
    this.s = t.getSecond() + 1;
    if (after.minus(HOUR).atZone(this.zone).getHour() == this.h) {
      this.dstOffset = HOUR; // after lies in the second copy of a repeated hour
    }
  }

  @Nullable Instant next() {
    while (carry()) {
      if (!matchDate() || !matchTime()) {
        continue;
      }
      Instant found = GoTimes.date(this.y, this.mo, this.d, this.h, this.m, this.s, this.zone);
      if (found.atZone(this.zone).getHour() != this.h) {
        // a wall clock time a DST change skips: move on to the next hour
        this.h++;
        this.m = 0;
        this.s = 0;
        continue;
      }
      return found.plus(this.dstOffset);
    }
    return null;
  }

  /** Normalizes the fields after a step; false once past the last year a calendar matches. */
  private boolean carry() {
    if (this.s >= 60) {
      this.m++;
      this.s = 0;
    }
    if (this.m >= 60) {
      Instant previous = GoTimes.date(this.y, this.mo, this.d, this.h, 0, 0, this.zone);
      this.h++;
      this.m = 0;
      Instant following = GoTimes.date(this.y, this.mo, this.d, this.h, 0, 0, this.zone);
      if (this.dstOffset.isZero() && Duration.between(previous, following).compareTo(HOUR) > 0) {
        this.h--; // walk the repeated hour again, an hour later
        this.dstOffset = HOUR;
      } else {
        this.dstOffset = Duration.ZERO;
      }
    }
    if (this.h >= 24) {
      this.d++;
      this.h = 0;
    }
    if (this.d > GoTimes.daysInMonth(this.mo, this.y)) {
      this.mo++;
      this.d = 1;
    }
    if (this.mo > 12) {
      this.y++;
      this.mo = 1;
    }
    return this.y <= Calendars.MAX_YEAR;
  }

  /** Advances to a matching date; false when the search must carry and start again. */
  private boolean matchDate() {
    if (!this.calendar.year(this.y)) {
      this.y++;
      this.mo = 1;
      resetDay();
      return false;
    }
    while (!this.calendar.month(this.mo)) {
      this.mo++;
      resetDay();
      if (this.mo > 12) {
        return false;
      }
    }
    while (!this.calendar.day(this.y, this.mo, this.d, this.h, this.m, this.s)) {
      this.d++;
      this.h = 0;
      this.m = 0;
      this.s = 0;
      this.dstOffset = Duration.ZERO;
      if (this.d > GoTimes.daysInMonth(this.mo, this.y)) {
        return false;
      }
    }
    return true;
  }

  /** Advances to a matching time of day; false when the search must carry and start again. */
  private boolean matchTime() {
    while (!this.calendar.hour(this.h)) {
      this.h++;
      this.m = 0;
      this.s = 0;
      this.dstOffset = Duration.ZERO;
      if (this.h >= 24) {
        return false;
      }
    }
    while (!this.calendar.minute(this.m)) {
      this.m++;
      this.s = 0;
      if (this.m >= 60) {
        return false;
      }
    }
    while (!this.calendar.second(this.s)) {
      this.s++;
      if (this.s >= 60) {
        return false;
      }
    }
    return true;
  }

  private void resetDay() {
    this.d = 1;
    this.h = 0;
    this.m = 0;
    this.s = 0;
    this.dstOffset = Duration.ZERO;
  }
}
