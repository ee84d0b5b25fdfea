package dev.temporalboot.internal.schedulespec;

import io.temporal.api.schedule.v1.CalendarSpec;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.ScheduleSpec;
import io.temporal.api.schedule.v1.StructuredCalendarSpec;
import java.time.ZoneId;

/**
 * Schedule specs checked, canonicalized and compiled as a real Temporal cluster does when it
 * creates or updates a schedule: cron strings and string calendars become structured calendars and
 * intervals, a cron string's zone becomes the spec's, and anything the server refuses throws its
 * INVALID_ARGUMENT message.
 */
public final class ScheduleSpecs {

  private static final String INVALID = "Invalid schedule spec: ";

  private ScheduleSpecs() {}

  /**
   * Compiles a spec into the times its actions run.
   *
   * @param spec the spec as a client sends it
   * @param jitterSeed the seed that makes the schedule's jitter repeatable; a real cluster uses
   *     {@code <namespace id>-<schedule id>}
   * @return the action times
   * @throws InvalidScheduleSpecException when a real cluster refuses the spec
   */
  public static ActionTimes compile(ScheduleSpec spec, String jitterSeed) {
    ScheduleSpec canonical = canonicalForm(spec);
    return new CompiledSpec(canonical, zone(canonical), jitterSeed);
  }

  /**
   * Returns the spec as DescribeSchedule shows it: calendars and cron strings turned into
   * structured calendars (a cron string's {@code @every} into an interval), a cron string's zone
   * moved to {@code timezone_name}, every range with its end and step filled in.
   *
   * @param spec the spec as a client sends it
   * @return the spec a real cluster stores and describes
   * @throws InvalidScheduleSpecException when a real cluster refuses the spec
   */
  public static ScheduleSpec canonicalize(ScheduleSpec spec) {
    ScheduleSpec canonical = canonicalForm(spec);
    zone(canonical);
    ScheduleSpec.Builder cleaned = canonical.toBuilder().clearStructuredCalendar();
    canonical
        .getStructuredCalendarList()
        .forEach((c) -> cleaned.addStructuredCalendar(Calendars.clean(c)));
    cleaned.clearExcludeStructuredCalendar();
    canonical
        .getExcludeStructuredCalendarList()
        .forEach((c) -> cleaned.addExcludeStructuredCalendar(Calendars.clean(c)));
    return cleaned.build();
  }

  /** The form the server stores, before describing fills in ranges. */
  private static ScheduleSpec canonicalForm(ScheduleSpec spec) {
    try {
      IntervalDurations.check(spec);
      ScheduleSpec.Builder canonical = spec.toBuilder().clearCalendar().clearExcludeCalendar();
      for (CalendarSpec calendar : spec.getCalendarList()) {
        canonical.addStructuredCalendar(Calendars.toStructured(calendar));
      }
      for (CalendarSpec calendar : spec.getExcludeCalendarList()) {
        canonical.addExcludeStructuredCalendar(Calendars.toStructured(calendar));
      }
      canonical.clearCronString();
      CronZone cronZone = new CronZone();
      for (String cron : spec.getCronStringList()) {
        CronStrings.Parsed parsed = CronStrings.parse(cron);
        cronZone.add(parsed.timeZone());
        if (parsed.calendar() != null) {
          canonical.addStructuredCalendar(parsed.calendar());
        }
        if (parsed.interval() != null) {
          canonical.addInterval(parsed.interval());
        }
      }
      cronZone.applyTo(canonical);
      for (StructuredCalendarSpec calendar : canonical.getStructuredCalendarList()) {
        Calendars.validate(calendar);
      }
      for (IntervalSpec interval : canonical.getIntervalList()) {
        IntervalDurations.validate(interval);
      }
      return canonical.build();
    } catch (IllegalArgumentException ex) {
      throw new InvalidScheduleSpecException(INVALID + ex.getMessage());
    }
  }

  private static ZoneId zone(ScheduleSpec canonical) {
    if (!canonical.getTimezoneData().isEmpty()) {
      throw new InvalidScheduleSpecException(
          INVALID + "timezone_data is not supported by the embedded server: use timezone_name");
    }
    try {
      return GoTimes.zone(canonical.getTimezoneName());
    } catch (IllegalArgumentException ex) {
      throw new InvalidScheduleSpecException(INVALID + ex.getMessage());
    }
  }
}
