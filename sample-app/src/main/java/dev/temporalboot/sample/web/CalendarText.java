package dev.temporalboot.sample.web;

import io.temporal.client.schedules.ScheduleCalendarSpec;
import io.temporal.client.schedules.ScheduleRange;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A schedule's calendar as one line, {@code second minute hour day-of-month month day-of-week}: the
 * server keeps cron strings as calendars, and describes them so.
 */
final class CalendarText {

  private CalendarText() {}

  static String of(ScheduleCalendarSpec calendar) {
    return String.join(
        " ",
        field(calendar.getSeconds(), 0, 59),
        field(calendar.getMinutes(), 0, 59),
        field(calendar.getHour(), 0, 23),
        field(calendar.getDayOfMonth(), 1, 31),
        field(calendar.getMonth(), 1, 12),
        field(calendar.getDayOfWeek(), 0, 6));
  }

  private static String field(List<ScheduleRange> ranges, int first, int last) {
    if (ranges.size() == 1 && covers(ranges.get(0), first, last)) {
      return "*";
    }
    return ranges.stream().map(CalendarText::range).collect(Collectors.joining(","));
  }

  private static boolean covers(ScheduleRange range, int first, int last) {
    return range.getStart() <= first && range.getEnd() >= last && range.getStep() <= 1;
  }

  private static String range(ScheduleRange range) {
    String text =
        range.getEnd() > range.getStart()
            ? range.getStart() + "-" + range.getEnd()
            : String.valueOf(range.getStart());
    return range.getStep() > 1 ? text + "/" + range.getStep() : text;
  }
}
