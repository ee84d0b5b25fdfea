package dev.temporalboot.internal.schedule;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.schedulespec.ActionTimes;
import dev.temporalboot.internal.schedulespec.InvalidScheduleSpecException;
import dev.temporalboot.internal.schedulespec.ScheduleSpecs;
import io.temporal.api.schedule.v1.ScheduleSpec;
import java.time.Instant;

/**
 * Checks a schedule's cron expression or time zone on its own, as the server's spec rules do: run
 * when the properties are bound, where the report can say where the value was written, and again
 * with the whole spec when the schedule is resolved.
 */
public final class ScheduleValues {

  static final String CRON_ACTION =
      "Use five fields (minute hour day-of-month month day-of-week), e.g. '0 8 * * MON-FRI', or a"
          + " descriptor such as '@daily' or '@every 1h'.";

  private ScheduleValues() {}

  /**
   * Refuses a cron expression the server refuses or that matches no time after {@code now}.
   *
   * @param property the key, e.g. {@code temporal.schedules.report.cron[0]}
   * @param spec the schedule's spec without cron expressions, with the one to check
   * @param seed the jitter seed
   * @param now the time from which the expression must still match
   * @throws InvalidTemporalPropertyException naming the key
   */
  static void checkCron(String property, ScheduleSpec spec, String seed, Instant now) {
    ActionTimes times = compile(spec, seed, property);
    if (times.next(now) == null) {
      throw new InvalidTemporalPropertyException(
          property, "'" + spec.getCronString(0) + "' matches no time.", CRON_ACTION);
    }
  }

  /**
   * Refuses a cron expression the server refuses or that never matches again, in UTC.
   *
   * @param property the key, e.g. {@code temporal.schedules.report.cron[0]}
   * @param cron the expression as written
   * @throws InvalidTemporalPropertyException naming the key
   */
  public static void checkCron(String property, String cron) {
    checkCron(property, ScheduleSpec.newBuilder().addCronString(cron).build(), "", Instant.now());
  }

  /**
   * Refuses a time zone the server cannot load.
   *
   * @param property the key, e.g. {@code temporal.schedules.report.time-zone}
   * @param zone the zone as written
   * @throws InvalidTemporalPropertyException naming the key
   */
  public static void checkTimeZone(String property, String zone) {
    ScheduleZones.check(zone, property, "");
  }

  static ActionTimes compile(ScheduleSpec spec, String seed, String key) {
    try {
      return ScheduleSpecs.compile(spec, seed);
    } catch (InvalidScheduleSpecException ex) {
      throw new InvalidTemporalPropertyException(
          key, "the server would refuse it: " + ex.getMessage(), CRON_ACTION, ex);
    }
  }
}
