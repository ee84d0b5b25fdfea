package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.schedule.ScheduleDeclaration;
import io.temporal.client.schedules.ScheduleCalendarSpec;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleRange;
import io.temporal.client.schedules.ScheduleSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A schedule's spec as the server describes it, in the endpoint's JSON. */
final class ScheduleSpecs {

  private ScheduleSpecs() {}

  /**
   * Describes a spec: cron strings as the server keeps them (a real cluster turns them into
   * calendars), calendars as ranges per field, intervals, time zone, jitter and bounds.
   */
  static Map<String, Object> describe(ScheduleSpec spec) {
    Map<String, Object> described = new LinkedHashMap<>();
    putIfAny(described, "cron", spec.getCronExpressions());
    putIfAny(
        described, "calendars", spec.getCalendars().stream().map(ScheduleSpecs::calendar).toList());
    putIfAny(
        described, "intervals", spec.getIntervals().stream().map(ScheduleSpecs::interval).toList());
    putIfAny(described, "skip", spec.getSkip().stream().map(ScheduleSpecs::calendar).toList());
    String zone = spec.getTimeZoneName();
    described.put("timeZone", (zone == null || zone.isEmpty()) ? "UTC" : zone);
    if (spec.getJitter() != null && !spec.getJitter().isZero()) {
      described.put("jitter", spec.getJitter());
    }
    if (spec.getStartAt() != null) {
      described.put("startAt", spec.getStartAt());
    }
    if (spec.getEndAt() != null) {
      described.put("endAt", spec.getEndAt());
    }
    return described;
  }

  /** The spec as the YAML declares it: cron strings, interval and time zone. */
  static Map<String, Object> declared(ScheduleDeclaration.Spec spec) {
    Map<String, Object> described = new LinkedHashMap<>();
    putIfAny(described, "cron", spec.crons());
    ScheduleDeclaration.Interval interval = spec.interval();
    if (interval != null) {
      described.put(
          "interval", interval(new ScheduleIntervalSpec(interval.every(), interval.offset())));
    }
    described.put("timeZone", (spec.timeZone() != null) ? spec.timeZone() : "UTC");
    return described;
  }

  private static void putIfAny(Map<String, Object> described, String key, List<?> values) {
    if (!values.isEmpty()) {
      described.put(key, values);
    }
  }

  private static Map<String, Object> calendar(ScheduleCalendarSpec calendar) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("second", ranges(calendar.getSeconds()));
    described.put("minute", ranges(calendar.getMinutes()));
    described.put("hour", ranges(calendar.getHour()));
    described.put("dayOfMonth", ranges(calendar.getDayOfMonth()));
    described.put("month", ranges(calendar.getMonth()));
    described.put("dayOfWeek", ranges(calendar.getDayOfWeek()));
    if (!calendar.getYear().isEmpty()) {
      described.put("year", ranges(calendar.getYear()));
    }
    if (calendar.getComment() != null && !calendar.getComment().isEmpty()) {
      described.put("comment", calendar.getComment());
    }
    return described;
  }

  /** Ranges as cron writes them: {@code 8}, {@code 1-5}, {@code 0-59/15}, comma-separated. */
  static String ranges(List<ScheduleRange> ranges) {
    return ranges.stream().map(ScheduleSpecs::range).collect(Collectors.joining(","));
  }

  private static String range(ScheduleRange range) {
    int end = Math.max(range.getEnd(), range.getStart());
    String text =
        (end == range.getStart()) ? String.valueOf(range.getStart()) : range.getStart() + "-" + end;
    return (range.getStep() > 1) ? text + "/" + range.getStep() : text;
  }

  private static Map<String, Object> interval(ScheduleIntervalSpec interval) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("every", interval.getEvery());
    if (interval.getOffset() != null && !interval.getOffset().isZero()) {
      described.put("offset", interval.getOffset());
    }
    return described;
  }
}
