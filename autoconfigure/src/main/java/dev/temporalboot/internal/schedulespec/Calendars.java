package dev.temporalboot.internal.schedulespec;

import dev.temporalboot.internal.schedulespec.CalendarRanges.Mode;
import io.temporal.api.schedule.v1.CalendarSpec;
import io.temporal.api.schedule.v1.Range;
import io.temporal.api.schedule.v1.StructuredCalendarSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Calendars as the server reads, checks and describes them. */
final class Calendars {

  /** The first year a calendar may name. */
  static final int MIN_YEAR = 2000;

  /** The last year a calendar may name, and the last year a spec ever matches. */
  static final int MAX_YEAR = 2100;

  private static final int MAX_COMMENT_BYTES = 200;

  private Calendars() {}

  /**
   * Reads a string calendar; a blank second, minute or hour means 0, any other blank field all.
   *
   * @throws IllegalArgumentException with the server's message, every bad field named
   */
  static StructuredCalendarSpec toStructured(CalendarSpec calendar) {
    List<String> errors = new ArrayList<>();
    StructuredCalendarSpec.Builder structured =
        StructuredCalendarSpec.newBuilder().setComment(calendar.getComment());
    structured.addAllSecond(
        field(errors, () -> ranges(calendar.getSecond(), "Second", "0", 0, 59, Mode.INT)));
    structured.addAllMinute(
        field(errors, () -> ranges(calendar.getMinute(), "Minute", "0", 0, 59, Mode.INT)));
    structured.addAllHour(
        field(errors, () -> ranges(calendar.getHour(), "Hour", "0", 0, 23, Mode.INT)));
    structured.addAllDayOfWeek(
        field(
            errors,
            () -> ranges(calendar.getDayOfWeek(), "DayOfWeek", "*", 0, 7, Mode.DAY_OF_WEEK)));
    structured.addAllDayOfMonth(
        field(errors, () -> ranges(calendar.getDayOfMonth(), "DayOfMonth", "*", 1, 31, Mode.INT)));
    structured.addAllMonth(
        field(errors, () -> ranges(calendar.getMonth(), "Month", "*", 1, 12, Mode.MONTH)));
    structured.addAllYear(
        field(
            errors, () -> ranges(calendar.getYear(), "Year", "*", MIN_YEAR, MAX_YEAR, Mode.YEAR)));
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(String.join(", ", errors));
    }
    return structured.build();
  }

  /**
   * Checks a structured calendar's ranges and comment.
   *
   * @throws IllegalArgumentException with the server's message
   */
  static void validate(StructuredCalendarSpec calendar) {
    List<String> errors = new ArrayList<>();
    check(errors, calendar.getSecondList(), "Second", 0, 59);
    check(errors, calendar.getMinuteList(), "Minute", 0, 59);
    check(errors, calendar.getHourList(), "Hour", 0, 23);
    check(errors, calendar.getDayOfMonthList(), "DayOfMonth", 1, 31);
    check(errors, calendar.getMonthList(), "Month", 1, 12);
    check(errors, calendar.getYearList(), "Year", MIN_YEAR, MAX_YEAR);
    check(errors, calendar.getDayOfWeekList(), "DayOfWeek", 0, 6);
    if (calendar.getComment().getBytes(StandardCharsets.UTF_8).length > MAX_COMMENT_BYTES) {
      errors.add("comment is too long");
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("invalid calendar spec: " + String.join(", ", errors));
    }
  }

  /** Returns the calendar as DescribeSchedule shows it: every range with its end and step. */
  static StructuredCalendarSpec clean(StructuredCalendarSpec calendar) {
    StructuredCalendarSpec.Builder cleaned = calendar.toBuilder();
    cleaned.clearSecond().addAllSecond(clean(calendar.getSecondList()));
    cleaned.clearMinute().addAllMinute(clean(calendar.getMinuteList()));
    cleaned.clearHour().addAllHour(clean(calendar.getHourList()));
    cleaned.clearDayOfMonth().addAllDayOfMonth(clean(calendar.getDayOfMonthList()));
    cleaned.clearMonth().addAllMonth(clean(calendar.getMonthList()));
    cleaned.clearYear().addAllYear(clean(calendar.getYearList()));
    cleaned.clearDayOfWeek().addAllDayOfWeek(clean(calendar.getDayOfWeekList()));
    return cleaned.build();
  }

  private static List<Range> clean(List<Range> ranges) {
    List<Range> cleaned = new ArrayList<>();
    for (Range range : ranges) {
      cleaned.add(
          range.toBuilder()
              .setEnd(Math.max(range.getEnd(), range.getStart()))
              .setStep(range.getStep() == 0 ? 1 : range.getStep())
              .build());
    }
    return cleaned;
  }

  private static List<Range> ranges(
      String text, String field, String fallback, int min, int max, Mode mode) {
    return CalendarRanges.parse(text, field, fallback, min, max, mode);
  }

  private static List<Range> field(List<String> errors, Supplier<List<Range>> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException ex) {
      errors.add(String.valueOf(ex.getMessage()));
      return List.of();
    }
  }

  private static void check(
      List<String> errors, List<Range> ranges, String field, int min, int max) {
    for (Range range : ranges) {
      if (range.getStart() < min || range.getStart() > max) {
        errors.add(field + " Start is not in range [" + min + "-" + max + "]");
      }
      if (range.getEnd() != 0 && (range.getEnd() < range.getStart() || range.getEnd() > max)) {
        errors.add(field + " End is before Start or not in range [" + min + "-" + max + "]");
      }
      if (range.getStep() < 0) {
        errors.add(field + " has invalid Step");
      }
    }
  }
}
