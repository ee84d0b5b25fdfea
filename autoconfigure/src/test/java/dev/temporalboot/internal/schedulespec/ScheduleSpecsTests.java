package dev.temporalboot.internal.schedulespec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;
import io.temporal.api.schedule.v1.CalendarSpec;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.Range;
import io.temporal.api.schedule.v1.ScheduleSpec;
import io.temporal.api.schedule.v1.StructuredCalendarSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The times compiled specs run at, each sequence found by asking for the time after the previous
 * nominal time. Jittered times marked as the server's come from its own tests.
 */
class ScheduleSpecsTests {

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void specsRunAtTheServersTimes(String name, ScheduleSpec spec, String from, List<String> times) {
    assertThat(sequence(spec, "", from, times.size())).as(name).isEqualTo(times);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        row(
            "interval",
            every(5400, 0),
            "2022-03-23T12:53:02Z",
            "2022-03-23T13:30:00Z",
            "2022-03-23T15:00:00Z",
            "2022-03-23T16:30:00Z"),
        row(
            "interval with phase, aligned to the epoch",
            every(5400, 344),
            "2022-03-23T12:53:02Z",
            "2022-03-23T13:35:44Z",
            "2022-03-23T15:05:44Z"),
        row(
            "@every with a phase, in days and hours",
            cron("@every 14h/3h"),
            "2026-01-01T00:00:00Z",
            "2026-01-01T03:00:00Z",
            "2026-01-01T17:00:00Z",
            "2026-01-02T07:00:00Z"),
        row(
            "@every in days",
            cron("@every 1d"),
            "2026-01-01T10:00:00Z",
            "2026-01-02T00:00:00Z",
            "2026-01-03T00:00:00Z"),
        row(
            "five fields",
            cron("23 5,7 * * *"),
            "2022-03-23T03:00:00Z",
            "2022-03-23T05:23:00Z",
            "2022-03-23T07:23:00Z",
            "2022-03-24T05:23:00Z"),
        row(
            "@hourly",
            cron("@hourly"),
            "2026-01-01T10:30:00Z",
            "2026-01-01T11:00:00Z",
            "2026-01-01T12:00:00Z"),
        row(
            "@daily",
            cron("@daily"),
            "2026-01-01T10:30:00Z",
            "2026-01-02T00:00:00Z",
            "2026-01-03T00:00:00Z"),
        row(
            "@weekly runs on Sundays",
            cron("@weekly"),
            "2026-01-01T00:00:00Z",
            "2026-01-04T00:00:00Z",
            "2026-01-11T00:00:00Z"),
        row(
            "@monthly",
            cron("@monthly"),
            "2026-01-15T00:00:00Z",
            "2026-02-01T00:00:00Z",
            "2026-03-01T00:00:00Z"),
        row(
            "@yearly",
            cron("@yearly"),
            "2026-01-15T00:00:00Z",
            "2027-01-01T00:00:00Z",
            "2028-01-01T00:00:00Z"),
        row(
            "day 31 skips the shorter months",
            cron("0 0 31 * *"),
            "2026-01-01T00:00:00Z",
            "2026-01-31T00:00:00Z",
            "2026-03-31T00:00:00Z",
            "2026-05-31T00:00:00Z"),
        row(
            "February 29 waits for leap years",
            cron("0 12 29 2 *"),
            "2025-01-01T00:00:00Z",
            "2028-02-29T12:00:00Z",
            "2032-02-29T12:00:00Z"),
        row(
            "day of month AND day of week: Friday the 13th",
            cron("0 0 13 * FRI"),
            "2026-01-01T00:00:00Z",
            "2026-02-13T00:00:00Z",
            "2026-03-13T00:00:00Z",
            "2026-11-13T00:00:00Z"),
        row(
            "names and ranges",
            cron("0 9 * jan-feb Mon-wed"),
            "2026-02-25T10:00:00Z",
            "2027-01-04T09:00:00Z",
            "2027-01-05T09:00:00Z",
            "2027-01-06T09:00:00Z"),
        row(
            "7 is Sunday",
            cron("0 0 * * 5-7"),
            "2026-01-01T00:00:00Z",
            "2026-01-02T00:00:00Z",
            "2026-01-03T00:00:00Z",
            "2026-01-04T00:00:00Z",
            "2026-01-09T00:00:00Z"),
        row(
            "steps, lists and a single value with a step",
            cron("10-30/10,55 */12 * * *"),
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:10:00Z",
            "2026-01-01T00:20:00Z",
            "2026-01-01T00:30:00Z",
            "2026-01-01T00:55:00Z",
            "2026-01-01T12:10:00Z"),
        row(
            "a sixth field is the year",
            cron("0 12 1 1 * 2027"),
            "2026-01-01T00:00:00Z",
            "2027-01-01T12:00:00Z"),
        row(
            "seven fields start with seconds",
            cron("15,45 30 * * * * *"),
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:30:15Z",
            "2026-01-01T00:30:45Z",
            "2026-01-01T01:30:15Z"),
        row(
            "a comment is ignored",
            cron("0 0 * * * # nightly"),
            "2026-01-01T10:00:00Z",
            "2026-01-02T00:00:00Z"),
        row(
            "@daily in New York across spring forward",
            cron("CRON_TZ=America/New_York @daily"),
            "2026-03-07T00:00:00Z",
            "2026-03-07T05:00:00Z",
            "2026-03-08T05:00:00Z",
            "2026-03-09T04:00:00Z"),
        row(
            "a time the spring DST gap skips does not run that day",
            cron("TZ=America/New_York 30 2 * * *"),
            "2026-03-07T00:00:00Z",
            "2026-03-07T07:30:00Z",
            "2026-03-09T06:30:00Z"),
        row(
            "both copies of a repeated hour run",
            cron("CRON_TZ=US/Pacific 33 33,44 1 * * * *"),
            "2021-11-07T07:15:15Z",
            "2021-11-07T08:33:33Z",
            "2021-11-07T08:44:33Z",
            "2021-11-07T09:33:33Z",
            "2021-11-07T09:44:33Z",
            "2021-11-08T09:33:33Z"),
        row(
            "in Berlin an hour that repeats runs once, in its second copy",
            calendar(CalendarSpec.newBuilder().setHour("2").setMinute("30").build())
                .setTimezoneName("Europe/Berlin")
                .build(),
            "2026-10-24T12:00:00Z",
            "2026-10-25T01:30:00Z",
            "2026-10-26T01:30:00Z"),
        row(
            "in Berlin the hour before a repeated one also runs in its first copy, as the"
                + " server's search labels that copy",
            calendar(CalendarSpec.newBuilder().setHour("1").setMinute("30").build())
                .setTimezoneName("Europe/Berlin")
                .build(),
            "2026-10-24T12:00:00Z",
            "2026-10-24T23:30:00Z",
            "2026-10-25T00:30:00Z",
            "2026-10-26T00:30:00Z"),
        row(
            "time_zone_name with a half-hour offset",
            cron("0 9 * * *").toBuilder().setTimezoneName("Asia/Kolkata").build(),
            "2026-01-01T00:00:00Z",
            "2026-01-01T03:30:00Z",
            "2026-01-02T03:30:00Z"),
        row(
            "string calendar defaults: midnight every day",
            calendar(CalendarSpec.getDefaultInstance()).build(),
            "2026-01-01T10:00:00Z",
            "2026-01-02T00:00:00Z"),
        row(
            "string calendar with ranges, steps and names",
            calendar(
                    CalendarSpec.newBuilder()
                        .setHour("8-12/2")
                        .setDayOfWeek("saturday")
                        .setMonth("Mar")
                        .build())
                .build(),
            "2026-01-01T00:00:00Z",
            "2026-03-07T08:00:00Z",
            "2026-03-07T10:00:00Z",
            "2026-03-07T12:00:00Z",
            "2026-03-14T08:00:00Z"),
        row(
            "structured calendar",
            ScheduleSpec.newBuilder()
                .addStructuredCalendar(
                    StructuredCalendarSpec.newBuilder()
                        .addSecond(range(0, 0, 0))
                        .addMinute(range(0, 0, 0))
                        .addHour(range(6, 18, 12))
                        .addDayOfMonth(range(1, 31, 0))
                        .addMonth(range(1, 12, 0))
                        .addDayOfWeek(range(0, 6, 0)))
                .build(),
            "2026-01-01T07:00:00Z",
            "2026-01-01T18:00:00Z",
            "2026-01-02T06:00:00Z"),
        row(
            "exclude_calendar skips hours 12 to 14",
            every(5400, 0).toBuilder()
                .addExcludeCalendar(
                    CalendarSpec.newBuilder().setHour("12-14").setMinute("*").setSecond("*"))
                .build(),
            "2022-03-23T08:00:00Z",
            "2022-03-23T09:00:00Z",
            "2022-03-23T10:30:00Z",
            "2022-03-23T15:00:00Z"),
        row(
            "exclude_structured_calendar skips weekends",
            cron("@daily").toBuilder()
                .addExcludeStructuredCalendar(
                    StructuredCalendarSpec.newBuilder()
                        .addSecond(range(0, 59, 0))
                        .addMinute(range(0, 59, 0))
                        .addHour(range(0, 23, 0))
                        .addDayOfMonth(range(1, 31, 0))
                        .addMonth(range(1, 12, 0))
                        .addDayOfWeek(range(0, 0, 0))
                        .addDayOfWeek(range(6, 0, 0)))
                .build(),
            "2026-01-01T12:00:00Z",
            "2026-01-02T00:00:00Z",
            "2026-01-05T00:00:00Z"),
        row(
            "start_time: nothing before it, its own second included",
            cron("@hourly").toBuilder().setStartTime(at("2026-01-01T05:00:00Z")).build(),
            "2026-01-01T00:00:00Z",
            "2026-01-01T05:00:00Z",
            "2026-01-01T06:00:00Z"),
        row(
            "end_time: nothing after it",
            cron("@hourly").toBuilder().setEndTime(at("2026-01-01T02:00:00Z")).build(),
            "2026-01-01T00:30:00Z",
            "2026-01-01T01:00:00Z",
            "2026-01-01T02:00:00Z",
            "none"),
        row("nothing after 2100", cron("0 0 1 1 *"), "2100-06-01T00:00:00Z", "none"),
        row(
            "the server's jitter",
            every(5400, 0).toBuilder()
                .addExcludeCalendar(
                    CalendarSpec.newBuilder().setHour("12-14").setMinute("*").setSecond("*"))
                .setJitter(seconds(1))
                .build(),
            "2022-03-23T08:00:00Z",
            "2022-03-23T09:00:00.235Z",
            "2022-03-23T10:30:00.139Z",
            "2022-03-23T15:00:00.089Z",
            "2022-03-23T16:30:00.687Z"),
        row(
            "the server's jitter never passes the next nominal time",
            every(5400, 0).toBuilder().setJitter(seconds(86400)).build(),
            "2022-03-23T11:00:00Z",
            "2022-03-23T12:14:36.524Z",
            "2022-03-23T14:22:54.562Z",
            "2022-03-23T15:08:03.724Z"),
        row(
            "the server's jitter on a single run",
            calendar(
                    CalendarSpec.newBuilder()
                        .setHour("13")
                        .setMinute("55")
                        .setDayOfMonth("7")
                        .setMonth("4")
                        .setYear("2022")
                        .build())
                .setJitter(seconds(3600))
                .build(),
            "2022-03-23T11:00:00Z",
            "2022-04-07T13:57:26.927Z",
            "none"));
  }

  @Test
  void jitterDependsOnTheSeedAsOnTheServer() {
    ScheduleSpec spec = every(86400, 0).toBuilder().setJitter(seconds(3600)).build();
    assertThat(sequence(spec, "seed-1", "2022-03-23T11:00:00Z", 1))
        .containsExactly("2022-03-24T00:06:12.519Z");
    assertThat(sequence(spec, "seed-2", "2022-03-23T11:00:00Z", 1))
        .containsExactly("2022-03-24T00:39:16.922Z");
  }

  @Test
  void aLongSeedIsHashedWhole() {
    ScheduleSpec spec = every(3600, 0).toBuilder().setJitter(seconds(3600)).build();
    String seed = "namespace-id-0123456789/schedule-id-with-a-long-name";
    List<String> times = sequence(spec, seed, "2026-01-01T00:00:00Z", 3);
    assertThat(times).isEqualTo(sequence(spec, seed, "2026-01-01T00:00:00Z", 3));
    assertThat(times).isNotEqualTo(sequence(spec, seed + "!", "2026-01-01T00:00:00Z", 3));
    assertThat(times.get(0)).startsWith("2026-01-01T01:");
  }

  private static List<String> sequence(ScheduleSpec spec, String seed, String from, int count) {
    ActionTimes times = ScheduleSpecs.compile(spec, seed);
    List<String> found = new ArrayList<>();
    Instant after = Instant.parse(from);
    for (int i = 0; i < count; i++) {
      ActionTime next = times.next(after);
      if (next == null) {
        found.add("none");
        break;
      }
      found.add(next.actual().toString());
      after = next.nominal();
    }
    return found;
  }

  private static Arguments row(String name, ScheduleSpec spec, String from, String... times) {
    return Arguments.of(name, spec, from, List.of(times));
  }

  static ScheduleSpec cron(String cron) {
    return ScheduleSpec.newBuilder().addCronString(cron).build();
  }

  static ScheduleSpec every(long intervalSeconds, long phaseSeconds) {
    IntervalSpec.Builder interval = IntervalSpec.newBuilder().setInterval(seconds(intervalSeconds));
    if (phaseSeconds > 0) {
      interval.setPhase(seconds(phaseSeconds));
    }
    return ScheduleSpec.newBuilder().addInterval(interval).build();
  }

  static ScheduleSpec.Builder calendar(CalendarSpec calendar) {
    return ScheduleSpec.newBuilder().addCalendar(calendar);
  }

  static Range range(int start, int end, int step) {
    return Range.newBuilder().setStart(start).setEnd(end).setStep(step).build();
  }

  static Duration seconds(long seconds) {
    return Duration.newBuilder().setSeconds(seconds).build();
  }

  static Timestamp at(String instant) {
    return Timestamp.newBuilder().setSeconds(Instant.parse(instant).getEpochSecond()).build();
  }
}
