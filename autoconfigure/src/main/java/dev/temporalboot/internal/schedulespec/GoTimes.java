package dev.temporalboot.internal.schedulespec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Go's time rules the server's calendar search relies on: how {@code time.Date} resolves a wall
 * clock time that a DST change skips or repeats, and how {@code time.LoadLocation} names zones.
 */
final class GoTimes {

  private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

  private GoTimes() {}

  /**
   * Returns the instant Go's {@code time.Date} gives for a wall clock time, fields out of range
   * carrying over. A time in a DST gap or overlap resolves with the offset in force at the wall
   * clock time read as UTC, unless that offset does not hold at the result: the server's search
   * relies on exactly this.
   */
  static Instant date(int year, int month, int day, int hour, int minute, int second, ZoneId zone) {
    long local =
        LocalDate.of(year, 1, 1).plusMonths(month - 1L).plusDays(day - 1L).toEpochDay() * 86_400
            + hour * 3600L
            + minute * 60L
            + second;
    int offset = offset(zone, local);
    long utc = local - offset;
    int actual = offset(zone, utc);
    return Instant.ofEpochSecond(actual == offset ? utc : local - actual);
  }

  /** Returns the number of days in a month, as Go's calendar code counts them. */
  static int daysInMonth(int month, int year) {
    if (month == 2) {
      return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
    }
    return 30 + ((0b1010110101010 >> month) & 1);
  }

  /**
   * Loads a zone by name as Go does: blank or {@code UTC} is UTC, {@code Local} the machine's zone,
   * anything else an IANA name.
   *
   * @throws IllegalArgumentException with Go's message
   */
  static ZoneId zone(String name) {
    if (name.isEmpty() || name.equals("UTC")) {
      return ZoneOffset.UTC;
    }
    if (name.equals("Local")) {
      return ZoneId.systemDefault();
    }
    if (name.contains("..") || name.startsWith("/") || name.startsWith("\\")) {
      throw new IllegalArgumentException("time: invalid location name");
    }
    if (!ZONE_IDS.contains(name)) {
      throw new IllegalArgumentException("unknown time zone " + name);
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException ex) {
      throw new IllegalArgumentException("unknown time zone " + name, ex);
    }
  }

  private static int offset(ZoneId zone, long epochSecond) {
    return zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }
}
