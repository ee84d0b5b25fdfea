package dev.temporalboot.internal.schedulespec;

import static dev.temporalboot.internal.schedulespec.ScheduleSpecsTests.at;
import static dev.temporalboot.internal.schedulespec.ScheduleSpecsTests.cron;
import static dev.temporalboot.internal.schedulespec.ScheduleSpecsTests.range;
import static dev.temporalboot.internal.schedulespec.ScheduleSpecsTests.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.schedule.v1.CalendarSpec;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.ScheduleSpec;
import io.temporal.api.schedule.v1.StructuredCalendarSpec;
import org.junit.jupiter.api.Test;

/** Specs as a real cluster stores and describes them. */
class ScheduleSpecsCanonicalTests {

  @Test
  void aCronStringBecomesAStructuredCalendarInItsZone() {
    ScheduleSpec described =
        ScheduleSpecs.canonicalize(cron("CRON_TZ=Europe/London 23 5,7 * * MON-FRI # weekdays"));
    assertThat(described.getCronStringCount()).isZero();
    assertThat(described.getTimezoneName()).isEqualTo("Europe/London");
    assertThat(described.getStructuredCalendarList())
        .containsExactly(
            StructuredCalendarSpec.newBuilder()
                .addSecond(range(0, 0, 1))
                .addMinute(range(23, 23, 1))
                .addHour(range(5, 5, 1))
                .addHour(range(7, 7, 1))
                .addDayOfMonth(range(1, 31, 1))
                .addMonth(range(1, 12, 1))
                .addDayOfWeek(range(1, 5, 1))
                .setComment("weekdays")
                .build());
  }

  @Test
  void everyBecomesAnInterval() {
    ScheduleSpec described = ScheduleSpecs.canonicalize(cron("@every 14h/3h"));
    assertThat(described.getStructuredCalendarCount()).isZero();
    assertThat(described.getIntervalList())
        .containsExactly(
            IntervalSpec.newBuilder()
                .setInterval(seconds(14 * 3600))
                .setPhase(seconds(3 * 3600))
                .build());
  }

  @Test
  void stringCalendarsAndExclusionsBecomeStructuredOnes() {
    ScheduleSpec described =
        ScheduleSpecs.canonicalize(
            ScheduleSpec.newBuilder()
                .addCalendar(CalendarSpec.newBuilder().setHour("*/6").setDayOfWeek("1-7/3"))
                .addExcludeCalendar(CalendarSpec.newBuilder().setMonth("dec").setYear("2030"))
                .build());
    assertThat(described.getCalendarCount()).isZero();
    assertThat(described.getExcludeCalendarCount()).isZero();
    StructuredCalendarSpec calendar = described.getStructuredCalendar(0);
    assertThat(calendar.getHourList()).containsExactly(range(0, 23, 6));
    // 1-7/3 is Monday, Thursday and Sunday: 7 becomes a separate 0
    assertThat(calendar.getDayOfWeekList()).containsExactly(range(0, 0, 1), range(1, 6, 3));
    assertThat(calendar.getYearCount()).isZero();
    StructuredCalendarSpec exclude = described.getExcludeStructuredCalendar(0);
    assertThat(exclude.getMonthList()).containsExactly(range(12, 12, 1));
    assertThat(exclude.getYearList()).containsExactly(range(2030, 2030, 1));
  }

  @Test
  void everythingElseIsKept() {
    ScheduleSpec spec =
        ScheduleSpec.newBuilder()
            .addInterval(IntervalSpec.newBuilder().setInterval(seconds(60)))
            .setStartTime(at("2026-01-01T00:00:00Z"))
            .setEndTime(at("2027-01-01T00:00:00Z"))
            .setJitter(seconds(5))
            .setTimezoneName("Asia/Tokyo")
            .build();
    assertThat(ScheduleSpecs.canonicalize(spec)).isEqualTo(spec);
  }

  @Test
  void canonicalizingTwiceChangesNothing() {
    ScheduleSpec once = ScheduleSpecs.canonicalize(cron("TZ=America/New_York 0 9 * jan-mar 1-5"));
    assertThat(ScheduleSpecs.canonicalize(once)).isEqualTo(once);
  }
}
