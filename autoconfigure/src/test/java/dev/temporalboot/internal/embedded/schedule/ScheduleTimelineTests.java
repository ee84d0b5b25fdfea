package dev.temporalboot.internal.embedded.schedule;

import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_UNSPECIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.Schedule;
import io.temporal.api.schedule.v1.SchedulePolicies;
import io.temporal.api.schedule.v1.ScheduleSpec;
import io.temporal.api.schedule.v1.ScheduleState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Which action times become starts when the scheduler runs late: on the embedded server only when
 * the process was suspended (a laptop asleep on the wall clock), so these run the timeline alone.
 */
class ScheduleTimelineTests {

  private static final Instant CREATED = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void actionsLateByMoreThanTheCatchupWindowAreCountedAsMissed() {
    ScheduleEntry schedule = everyMinute(Durations.fromMinutes(10), false);

    ScheduleTimeline.process(
        schedule,
        CREATED,
        CREATED.plus(Duration.ofHours(1)),
        SCHEDULE_OVERLAP_POLICY_UNSPECIFIED,
        false);

    // 00:01 to 00:49 are more than ten minutes late at 01:00; 00:50 is exactly ten
    assertThat(schedule.missedCatchupWindow).isEqualTo(49);
    assertThat(schedule.buffer).hasSize(11);
    assertThat(schedule.buffer.get(0).nominal()).isEqualTo(CREATED.plus(Duration.ofMinutes(50)));
  }

  @Test
  void catchupWindowIsAtLeastTenSeconds() {
    ScheduleEntry schedule = everyMinute(Durations.fromSeconds(1), false);

    ScheduleTimeline.process(
        schedule, CREATED, CREATED.plusSeconds(65), SCHEDULE_OVERLAP_POLICY_UNSPECIFIED, false);

    assertThat(schedule.missedCatchupWindow).isZero();
    assertThat(schedule.buffer).hasSize(1);
  }

  @Test
  void backfillsIgnoreTheCatchupWindow() {
    ScheduleEntry schedule = everyMinute(Durations.fromMinutes(10), false);

    ScheduleTimeline.process(
        schedule,
        CREATED,
        CREATED.plus(Duration.ofHours(1)),
        SCHEDULE_OVERLAP_POLICY_UNSPECIFIED,
        true);

    assertThat(schedule.missedCatchupWindow).isZero();
    assertThat(schedule.buffer).hasSize(60);
  }

  @Test
  void timeSpentPausedIsNeitherRunNorMissed() {
    ScheduleEntry schedule = everyMinute(Durations.fromMinutes(10), true);

    Instant processed =
        ScheduleTimeline.process(
            schedule,
            CREATED,
            CREATED.plus(Duration.ofHours(1)),
            SCHEDULE_OVERLAP_POLICY_UNSPECIFIED,
            false);

    assertThat(schedule.missedCatchupWindow).isZero();
    assertThat(schedule.buffer).isEmpty();
    assertThat(processed).isEqualTo(CREATED.plus(Duration.ofHours(1)));
  }

  private static ScheduleEntry everyMinute(
      com.google.protobuf.Duration catchupWindow, boolean paused) {
    Schedule schedule =
        Schedule.newBuilder()
            .setSpec(
                ScheduleSpec.newBuilder()
                    .addInterval(IntervalSpec.newBuilder().setInterval(Durations.fromMinutes(1))))
            .setPolicies(SchedulePolicies.newBuilder().setCatchupWindow(catchupWindow))
            .setState(ScheduleState.newBuilder().setPaused(paused))
            .build();
    ScheduleEntry entry = new ScheduleEntry("default", "minutely", schedule, CREATED);
    entry.times = ScheduleValidation.compile(entry);
    return entry;
  }
}
