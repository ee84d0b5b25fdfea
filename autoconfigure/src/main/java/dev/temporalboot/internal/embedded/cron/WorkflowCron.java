package dev.temporalboot.internal.embedded.cron;

import java.time.Duration;
import java.time.LocalDate;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * A cron workflow's schedule as the server's cron library reads it: five fields (or a descriptor)
 * in a zone, each field a set of values, day of month and day of week flagged when written as
 * {@code *} or {@code ?}, or a fixed delay for {@code @every}.
 *
 * @param zone the {@code CRON_TZ=}/{@code TZ=} zone name, or null for UTC
 * @param every the delay of {@code @every}, or null for a calendar schedule
 * @param minutes minutes 0-59
 * @param hours hours 0-23
 * @param daysOfMonth days 1-31
 * @param months months 1-12
 * @param daysOfWeek days 0-6, Sunday 0
 * @param anyDayOfMonth whether the day of month was {@code *} or {@code ?} (step at most 1)
 * @param anyDayOfWeek whether the day of week was {@code *} or {@code ?} (step at most 1)
 */
record WorkflowCron(
    @Nullable String zone,
    @Nullable Duration every,
    BitSet minutes,
    BitSet hours,
    BitSet daysOfMonth,
    BitSet months,
    BitSet daysOfWeek,
    boolean anyDayOfMonth,
    boolean anyDayOfWeek) {

  /** Returns whether a day matches: both day fields when either is any, else either of them. */
  boolean dayMatches(int month, int dayOfMonth, int dayOfWeek) {
    if (!this.months.get(month)) {
      return false;
    }
    boolean dom = this.daysOfMonth.get(dayOfMonth);
    boolean dow = this.daysOfWeek.get(dayOfWeek);
    return this.anyDayOfMonth || this.anyDayOfWeek ? dom && dow : dom || dow;
  }

  /** Returns whether some minute of the next five years matches, as the server requires. */
  boolean matchesWithinFiveYears() {
    if (this.minutes.isEmpty() || this.hours.isEmpty()) {
      return false;
    }
    LocalDate day = LocalDate.now(WorkflowCronZones.load(this.zone));
    for (LocalDate end = day.plusYears(5); !day.isAfter(end); day = day.plusDays(1)) {
      if (dayMatches(day.getMonthValue(), day.getDayOfMonth(), day.getDayOfWeek().getValue() % 7)) {
        return true;
      }
    }
    return false;
  }
}
