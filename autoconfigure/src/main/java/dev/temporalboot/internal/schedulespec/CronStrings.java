package dev.temporalboot.internal.schedulespec;

import com.google.protobuf.Duration;
import io.temporal.api.schedule.v1.CalendarSpec;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.StructuredCalendarSpec;
import org.jspecify.annotations.Nullable;

/**
 * A schedule's cron string read as the server reads it: an optional {@code CRON_TZ=}/{@code TZ=}
 * prefix, an optional {@code #} comment, then {@code @every <interval>[/<phase>]}, a predefined
 * {@code @daily}-style name, or 5 fields (minute hour day-of-month month day-of-week), 6 (plus
 * year) or 7 (second first, year last).
 */
final class CronStrings {

  /** A parsed cron string: a calendar or an interval, and the zone it names (null if none). */
  record Parsed(
      @Nullable StructuredCalendarSpec calendar,
      @Nullable IntervalSpec interval,
      @Nullable String timeZone) {}

  private CronStrings() {}

  /**
   * Parses a cron string.
   *
   * @throws IllegalArgumentException with the server's message
   */
  static Parsed parse(String cron) {
    String c = cron.strip();
    String zone = null;
    if (c.startsWith("TZ=") || c.startsWith("CRON_TZ=")) {
      int space = c.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException("CronString has time zone but missing fields");
      }
      String prefix = c.substring(0, space);
      zone = prefix.substring(prefix.indexOf('=') + 1);
      c = c.substring(space + 1);
    }
    String comment = "";
    int hash = c.indexOf('#');
    if (hash >= 0) {
      comment = c.substring(hash + 1).strip();
      c = c.substring(0, hash);
    }
    c = c.strip();
    if (c.startsWith("@every")) {
      return new Parsed(null, interval(c), null);
    }
    String nickname = CronNicknames.fiveFields(c);
    String[] fields = (nickname == null ? c : nickname).split("\\s+");
    if (fields.length == 1 && fields[0].isEmpty()) {
      fields = new String[0];
    }
    CalendarSpec.Builder calendar = CalendarSpec.newBuilder().setComment(comment);
    int n = fields.length;
    if (n < 5 || n > 7) {
      throw new IllegalArgumentException("CronString does not have 5-7 fields");
    }
    int at = 0;
    if (n == 7) {
      calendar.setSecond(fields[at++]);
    }
    calendar
        .setMinute(fields[at++])
        .setHour(fields[at++])
        .setDayOfMonth(fields[at++])
        .setMonth(fields[at++])
        .setDayOfWeek(fields[at++]);
    if (n >= 6) {
      calendar.setYear(fields[at]);
    }
    return new Parsed(Calendars.toStructured(calendar.build()), null, zone);
  }

  private static IntervalSpec interval(String c) {
    int space = c.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("CronString does not have interval after @every");
    }
    String rest = c.substring(space + 1);
    int slash = rest.indexOf('/');
    String every = slash < 0 ? rest : rest.substring(0, slash);
    String phase = slash < 0 ? "" : rest.substring(slash + 1);
    IntervalSpec.Builder interval =
        IntervalSpec.newBuilder().setInterval(proto(GoDurations.parseWithDays(every)));
    if (!phase.isEmpty()) {
      interval.setPhase(proto(GoDurations.parseWithDays(phase)));
    }
    return interval.build();
  }

  /** Converts to a protobuf duration, whose seconds and nanos share a sign. */
  static Duration proto(java.time.Duration duration) {
    long seconds = duration.getSeconds();
    int nanos = duration.getNano();
    if (seconds < 0 && nanos > 0) {
      seconds++;
      nanos -= 1_000_000_000;
    }
    return Duration.newBuilder().setSeconds(seconds).setNanos(nanos).build();
  }
}
