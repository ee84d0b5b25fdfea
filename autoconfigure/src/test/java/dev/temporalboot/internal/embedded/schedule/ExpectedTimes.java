package dev.temporalboot.internal.embedded.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;

/** The times a daily calendar matches, worked out with java.time, for the spec tests to expect. */
final class ExpectedTimes {

  private ExpectedTimes() {}

  /** The instants after {@code after} when the zone's clocks show {@code time} on those days. */
  static Stream<Instant> daily(ZoneId zone, LocalTime time, Set<DayOfWeek> days, Instant after) {
    return Stream.iterate(LocalDate.ofInstant(after, zone), (day) -> day.plusDays(1))
        .filter((day) -> days.contains(day.getDayOfWeek()))
        .map((day) -> day.atTime(time).atZone(zone).toInstant())
        .filter((instant) -> instant.isAfter(after));
  }
}
