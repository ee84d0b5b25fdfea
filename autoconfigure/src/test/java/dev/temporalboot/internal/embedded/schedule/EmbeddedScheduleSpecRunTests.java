package dev.temporalboot.internal.embedded.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
import io.temporal.client.schedules.ScheduleActionResult;
import io.temporal.client.schedules.ScheduleCalendarSpec;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleRange;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.common.SearchAttributeKey;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Schedules with cron, calendar, phase, bounds and jitter starting workflows as time skips. */
class EmbeddedScheduleSpecRunTests {

  private static final SearchAttributeKey<OffsetDateTime> SCHEDULED_START =
      SearchAttributeKey.forOffsetDateTime("TemporalScheduledStartTime");

  private static ScheduleTestServer temporal;

  @BeforeAll
  static void start() {
    temporal = new ScheduleTestServer(true);
  }

  @AfterAll
  static void stop() {
    temporal.close();
  }

  @Test
  void dailyStartsAWorkflowForEachMidnightWhenThirtyDaysSkip() {
    ScheduleHandle handle =
        create("midnight", ScheduleSpec.newBuilder().setCronExpressions(List.of("@daily")).build());
    try {
      Instant created = handle.describe().getInfo().getCreatedAt();
      temporal.skip(Duration.ofDays(30));
      Instant now = temporal.now();

      List<Instant> midnights =
          ExpectedTimes.daily(
                  ZoneOffset.UTC, LocalTime.MIDNIGHT, EnumSet.allOf(DayOfWeek.class), created)
              .takeWhile((t) -> !t.isAfter(now))
              .toList();
      assertThat(midnights).hasSize(30);
      await().until(() -> scheduledBy("midnight").size() >= midnights.size());
      assertThat(scheduledBy("midnight"))
          .isEqualTo(
              midnights.stream()
                  .collect(Collectors.toMap((t) -> "midnight-" + t, Function.identity())));
    } finally {
      handle.delete();
    }
  }

  @Test
  void exclusionSkipsTheTimesItMatches() {
    ScheduleCalendarSpec nine =
        ScheduleCalendarSpec.newBuilder().setHour(List.of(new ScheduleRange(9))).build();
    ScheduleCalendarSpec weekendNine =
        ScheduleCalendarSpec.newBuilder()
            .setHour(List.of(new ScheduleRange(9)))
            .setDayOfWeek(List.of(new ScheduleRange(0), new ScheduleRange(6)))
            .build();
    ScheduleHandle handle =
        create(
            "weekday-nine",
            ScheduleSpec.newBuilder()
                .setCalendars(List.of(nine))
                .setSkip(List.of(weekendNine))
                .build());
    try {
      Instant created = handle.describe().getInfo().getCreatedAt();
      assertThat(handle.describe().getInfo().getNextActionTimes())
          .isEqualTo(weekdaysAtNine(created).limit(10).toList());

      temporal.skip(Duration.ofDays(7));
      Instant now = temporal.now();

      List<Instant> expected = weekdaysAtNine(created).takeWhile((t) -> !t.isAfter(now)).toList();
      assertThat(expected).hasSize(5);
      await().until(() -> handle.describe().getInfo().getNumActions() >= expected.size());
      assertThat(scheduledAt(handle)).isEqualTo(expected);
    } finally {
      handle.delete();
    }
  }

  @Test
  void intervalWithAPhaseRunsThatLongAfterEachIntervalFromTheEpoch() {
    ScheduleHandle handle =
        create(
            "phased",
            ScheduleSpec.newBuilder()
                .setIntervals(
                    List.of(new ScheduleIntervalSpec(Duration.ofHours(2), Duration.ofMinutes(30))))
                .build());
    try {
      Instant created = handle.describe().getInfo().getCreatedAt();
      long every = Duration.ofHours(2).toSeconds();
      long phase = Duration.ofMinutes(30).toSeconds();
      Instant first =
          Instant.ofEpochSecond(
              (Math.floorDiv(created.getEpochSecond() - phase, every) + 1) * every + phase);
      assertThat(handle.describe().getInfo().getNextActionTimes())
          .hasSize(10)
          .startsWith(first, first.plus(Duration.ofHours(2)), first.plus(Duration.ofHours(4)));

      temporal.skip(Duration.ofHours(2));

      await().until(() -> handle.describe().getInfo().getNumActions() == 1);
      assertThat(scheduledBy("phased")).isEqualTo(Map.of("phased-" + first, first));
      assertThat(first.atZone(ZoneOffset.UTC).getMinute()).isEqualTo(30);
    } finally {
      handle.delete();
    }
  }

  @Test
  void startAndEndTimesBoundTheActionsTheMatchingTimesAndTheNextTimes() {
    Instant hour = temporal.now().truncatedTo(ChronoUnit.HOURS);
    List<Instant> expected =
        List.of(
            hour.plus(Duration.ofHours(2)),
            hour.plus(Duration.ofHours(3)),
            hour.plus(Duration.ofHours(4)));
    ScheduleHandle handle =
        create(
            "bounded",
            ScheduleSpec.newBuilder()
                .setIntervals(List.of(new ScheduleIntervalSpec(Duration.ofHours(1))))
                .setStartAt(hour.plus(Duration.ofHours(2)))
                .setEndAt(hour.plus(Duration.ofHours(4)))
                .build());
    try {
      assertThat(handle.describe().getInfo().getNextActionTimes()).isEqualTo(expected);
      assertThat(
              temporal.matchingTimes(
                  "bounded", hour.minus(Duration.ofDays(1)), hour.plus(Duration.ofDays(1))))
          .isEqualTo(expected);

      temporal.skip(Duration.ofHours(7));

      await().until(() -> handle.describe().getInfo().getNumActions() >= 3);
      assertThat(handle.describe().getInfo().getNumActions()).isEqualTo(3);
      assertThat(scheduledAt(handle)).isEqualTo(expected);
      assertThat(handle.describe().getInfo().getNextActionTimes()).isEmpty();
    } finally {
      handle.delete();
    }
  }

  @Test
  void jitteredActionsRunAtTheTimesDescribePredicted() {
    ScheduleHandle handle =
        create(
            "jittery",
            ScheduleSpec.newBuilder()
                .setIntervals(List.of(new ScheduleIntervalSpec(Duration.ofHours(1))))
                .setJitter(Duration.ofMinutes(30))
                .build());
    try {
      List<Instant> predicted = handle.describe().getInfo().getNextActionTimes();

      temporal.skip(Duration.ofHours(3));
      Instant now = temporal.now();

      List<Instant> due = predicted.stream().takeWhile((t) -> !t.isAfter(now)).toList();
      assertThat(due).hasSizeGreaterThanOrEqualTo(2);
      assertThat(due).anyMatch((t) -> !t.equals(t.truncatedTo(ChronoUnit.HOURS)));
      await().until(() -> handle.describe().getInfo().getNumActions() >= due.size());
      List<ScheduleActionResult> actions = handle.describe().getInfo().getRecentActions();
      assertThat(actions).extracting(ScheduleActionResult::getScheduledAt).isEqualTo(due);
      Map<String, Instant> nominal =
          due.stream()
              .map((t) -> t.truncatedTo(ChronoUnit.HOURS))
              .collect(Collectors.toMap((t) -> "jittery-" + t, Function.identity()));
      assertThat(scheduledBy("jittery")).isEqualTo(nominal);
      assertThat(actions)
          .extracting((a) -> ((ScheduleActionExecutionStartWorkflow) a.getAction()).getWorkflowId())
          .containsExactlyInAnyOrderElementsOf(nominal.keySet());
      assertThat(due)
          .allMatch((t) -> Duration.between(t.truncatedTo(ChronoUnit.HOURS), t).toMinutes() < 30);
    } finally {
      handle.delete();
    }
  }

  @Test
  void jitteredActionRunsWhenTheScheduleIsLookedAtBetweenItsNominalAndActualTimes() {
    ScheduleHandle handle =
        create(
            "looked-at",
            ScheduleSpec.newBuilder()
                .setIntervals(List.of(new ScheduleIntervalSpec(Duration.ofHours(1))))
                .setJitter(Duration.ofMinutes(30))
                .build());
    try {
      Instant late =
          handle.describe().getInfo().getNextActionTimes().stream()
              .filter((t) -> Duration.between(hourOf(t), t).toMinutes() >= 2)
              .findFirst()
              .orElseThrow();
      temporal.skip(
          Duration.between(
              temporal.now(),
              hourOf(late).plus(Duration.between(hourOf(late), late).dividedBy(2))));

      // between the nominal and the actual time: the action is still to come
      assertThat(handle.describe().getInfo().getNextActionTimes()).first().isEqualTo(late);
      assertThat(scheduledBy("looked-at")).doesNotContainKey("looked-at-" + hourOf(late));
      temporal.skip(Duration.between(temporal.now(), late.plusSeconds(1)));

      await().until(() -> scheduledBy("looked-at").containsKey("looked-at-" + hourOf(late)));
      assertThat(scheduledAt(handle)).contains(late);
    } finally {
      handle.delete();
    }
  }

  private static Instant hourOf(Instant time) {
    return time.truncatedTo(ChronoUnit.HOURS);
  }

  private static Stream<Instant> weekdaysAtNine(Instant after) {
    return ExpectedTimes.daily(
        ZoneOffset.UTC,
        LocalTime.of(9, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        after);
  }

  private static ScheduleHandle create(String id, ScheduleSpec spec) {
    return temporal
        .schedules()
        .createSchedule(
            id,
            ScheduleTestServer.on(spec, "done", id).build(),
            ScheduleOptions.newBuilder().build());
  }

  private static List<Instant> scheduledAt(ScheduleHandle handle) {
    return handle.describe().getInfo().getRecentActions().stream()
        .map(ScheduleActionResult::getScheduledAt)
        .toList();
  }

  /** The workflows a schedule started, by id, with their TemporalScheduledStartTime. */
  private static Map<String, Instant> scheduledBy(String scheduleId) {
    return temporal
        .client("default")
        .listExecutions("TemporalScheduledById = '" + scheduleId + "'")
        .collect(
            Collectors.toMap(
                (WorkflowExecutionMetadata w) -> w.getExecution().getWorkflowId(),
                (w) -> w.getTypedSearchAttributes().get(SCHEDULED_START).toInstant()));
  }
}
