package dev.temporalboot.internal.schedule;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.schedulespec.InvalidScheduleSpecException;
import dev.temporalboot.internal.schedulespec.ScheduleSpecs;
import io.temporal.api.schedule.v1.ScheduleSpec;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a schedule's time zone that a real cluster cannot load: it loads zones by name as Go's
 * {@code time.LoadLocation} does (IANA names and UTC), so a fixed offset such as +02:00, which Java
 * reads, is refused too.
 */
final class ScheduleZones {

  private static final String ACTION =
      "Use a time zone id of the IANA database, e.g. Europe/Berlin or America/New_York, or UTC.";

  private ScheduleZones() {}

  static void check(String zone, String property, String seed) {
    try {
      ScheduleSpecs.compile(ScheduleSpec.newBuilder().setTimezoneName(zone).build(), seed);
    } catch (InvalidScheduleSpecException ex) {
      Integer offset = fixedOffset(zone);
      if (offset == null) {
        throw new InvalidTemporalPropertyException(
            property, "'" + zone + "' is not a time zone the server knows.", ACTION, ex);
      }
      throw new InvalidTemporalPropertyException(
          property,
          "'"
              + zone
              + "' is a fixed offset from UTC, which the server does not load as a time zone:"
              + " it takes IANA zone names and UTC.",
          advice(offset),
          ex);
    }
  }

  /** The offset in seconds, when Java reads the name as a fixed offset; otherwise null. */
  private static @Nullable Integer fixedOffset(String zone) {
    try {
      ZoneId id = ZoneId.of(zone);
      return id.getRules().isFixedOffset()
          ? id.getRules().getOffset(Instant.EPOCH).getTotalSeconds()
          : null;
    } catch (DateTimeException ex) {
      return null;
    }
  }

  private static String advice(int offsetSeconds) {
    String city = "a city's zone, e.g. Europe/Berlin, which also follows its daylight saving time.";
    if (offsetSeconds == 0) {
      return "Use UTC, or " + city;
    }
    int hours = offsetSeconds / 3600;
    if (offsetSeconds % 3600 != 0 || hours < -12 || hours > 14) {
      return "Use " + city;
    }
    // IANA's Etc zones invert the sign, as POSIX does: Etc/GMT-2 is two hours ahead of UTC.
    String etc = "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
    return "Use "
        + etc
        + " for a fixed UTC"
        + (hours > 0 ? "+" : "-")
        + Math.abs(hours)
        + " (the Etc zones' signs are inverted), or "
        + city;
  }
}
