package dev.temporalboot.internal.schedulespec;

import static dev.temporalboot.internal.schedulespec.ScheduleSpecsTests.calendar;
import static dev.temporalboot.internal.schedulespec.ScheduleSpecsTests.cron;
import static dev.temporalboot.internal.schedulespec.ScheduleSpecsTests.range;
import static dev.temporalboot.internal.schedulespec.ScheduleSpecsTests.seconds;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.protobuf.ByteString;
import com.google.protobuf.Duration;
import io.temporal.api.schedule.v1.CalendarSpec;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.ScheduleSpec;
import io.temporal.api.schedule.v1.StructuredCalendarSpec;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Specs a real cluster refuses, with the message it answers INVALID_ARGUMENT with. */
class ScheduleSpecsErrorsTests {

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalid")
  void compilingRefusesWithTheServersMessage(ScheduleSpec spec, String message) {
    assertThatExceptionOfType(InvalidScheduleSpecException.class)
        .isThrownBy(() -> ScheduleSpecs.compile(spec, ""))
        .withMessage("Invalid schedule spec: " + message);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalid")
  void canonicalizingRefusesLikeCompiling(ScheduleSpec spec, String message) {
    assertThatExceptionOfType(InvalidScheduleSpecException.class)
        .isThrownBy(() -> ScheduleSpecs.canonicalize(spec))
        .withMessage("Invalid schedule spec: " + message);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        row(cron("0 0 * *"), "CronString does not have 5-7 fields"),
        row(cron("0 0 0 * * * * *"), "CronString does not have 5-7 fields"),
        row(cron("61 * * * *"), "Minute is not in range [0-59]"),
        row(cron("0 0 ? * *"), "DayOfMonth is not in range [1-31]"),
        row(cron("0 0 * * MOO"), "DayOfWeek is not in range [0-7]"),
        row(cron("0 0 * * M"), "DayOfWeek is not in range [0-7]"),
        row(cron("0 0 * Ja *"), "Month is not in range [1-12]"),
        row(cron("0 0 L * *"), "DayOfMonth is not in range [1-31]"),
        row(cron("*/0 * * * *"), "Minute has invalid Step"),
        row(cron("*/x * * * *"), "strconv.Atoi: parsing \"x\": invalid syntax"),
        row(cron("5/ * * * *"), "Minute missing step value"),
        row(cron("1/2/3 * * * *"), "Minute has too many slashes"),
        row(cron("1-2-3 * * * *"), "Minute has too many dashes"),
        row(cron("0 x-5 * * *"), "Hour Start is not in range [0-23]"),
        row(cron("5-3 * * * *"), "Minute End is before Start or not in range [0-59]"),
        row(cron("0 0 1 1 * 1999"), "Year is not in range [2000-2100]"),
        row(cron("99 25 * * *"), "Minute is not in range [0-59], Hour is not in range [0-23]"),
        row(cron("CRON_TZ=Mars/Olympus 0 0 * * *"), "unknown time zone Mars/Olympus"),
        row(cron("TZ=../etc/passwd 0 0 * * *"), "time: invalid location name"),
        row(cron("CRON_TZ=UTC"), "CronString has time zone but missing fields"),
        row(cron("@every"), "CronString does not have interval after @every"),
        row(cron("@every 1x"), "time: unknown unit \"x\" in duration \"1x\""),
        row(cron("@every 10"), "time: missing unit in duration \"10\""),
        row(cron("@every h"), "time: invalid duration \"h\""),
        row(cron("@every 0s"), "interval is too small"),
        row(cron("@every 1h/1h"), "phase cannot be greater than Interval"),
        row(
            cron("@daily").toBuilder().addCronString("CRON_TZ=Europe/Paris @daily").build(),
            "conflicting timezone names"),
        row(
            cron("CRON_TZ=Europe/Paris @daily").toBuilder().setTimezoneName("Europe/Rome").build(),
            "conflicting timezone names"),
        row(
            cron("CRON_TZ=Europe/Paris @daily").toBuilder()
                .setTimezoneData(ByteString.copyFromUtf8("TZif"))
                .build(),
            "conflicting timezone names"),
        row(
            ScheduleSpec.newBuilder().setTimezoneName("Nowhere/City").build(),
            "unknown time zone Nowhere/City"),
        row(
            ScheduleSpec.newBuilder().setTimezoneName("+02:00").build(),
            "unknown time zone +02:00"),
        row(interval(seconds(0), null), "interval is too small"),
        row(
            interval(Duration.newBuilder().setNanos(500_000_000).build(), null),
            "interval is too small"),
        row(interval(seconds(-60), null), "interval is too small"),
        row(interval(seconds(60), seconds(-1)), "phase is negative"),
        row(interval(seconds(60), seconds(60)), "phase cannot be greater than Interval"),
        row(
            interval(Duration.newBuilder().setSeconds(60).setNanos(-1).build(), null),
            "interval is not a valid duration: duration (seconds:60 nanos:-1) has seconds and"
                + " nanos with different signs"),
        row(
            calendar(CalendarSpec.newBuilder().setHour("24").build()).build(),
            "Hour is not in range [0-23]"),
        row(
            calendar(CalendarSpec.newBuilder().setDayOfWeek("1-8").build()).build(),
            "DayOfWeek End is before Start or not in range [0-7]"),
        row(
            ScheduleSpec.newBuilder()
                .addStructuredCalendar(
                    StructuredCalendarSpec.newBuilder()
                        .addHour(range(22, 24, 0))
                        .addDayOfWeek(range(7, 0, 0))
                        .addMinute(range(0, 0, -1)))
                .build(),
            "invalid calendar spec: Minute has invalid Step, Hour End is before Start or not in"
                + " range [0-23], DayOfWeek Start is not in range [0-6]"),
        row(
            ScheduleSpec.newBuilder()
                .addStructuredCalendar(
                    StructuredCalendarSpec.newBuilder().setComment("x".repeat(201)))
                .build(),
            "invalid calendar spec: comment is too long"));
  }

  private static Arguments row(ScheduleSpec spec, String message) {
    return Arguments.of(spec, message);
  }

  private static ScheduleSpec interval(Duration every, Duration phase) {
    IntervalSpec.Builder interval = IntervalSpec.newBuilder().setInterval(every);
    if (phase != null) {
      interval.setPhase(phase);
    }
    return ScheduleSpec.newBuilder().addInterval(interval).build();
  }
}
