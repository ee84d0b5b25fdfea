package dev.temporalboot.internal.embedded.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.google.common.collect.Sets;
import dev.temporalboot.internal.embedded.TimeSkippingClientInterceptor;
import dev.temporalboot.internal.embedded.TimeSkippingLock;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.ScheduleException;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleState;
import io.temporal.client.schedules.ScheduleUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Schedules on the embedded server's clock: wall clock, time skipping, several schedules. */
class EmbeddedScheduleClockTests {

  @Test
  void withoutTimeSkippingSchedulesFollowTheWallClock() {
    try (ScheduleTestServer temporal = new ScheduleTestServer(false)) {
      ScheduleHandle handle = create(temporal, "every-second", Duration.ofSeconds(1));

      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> handle.describe().getInfo().getNumActions() >= 2);
    }
  }

  @Test
  void clientWaitingForAResultLetsScheduledActionsFireAsTimeSkips() throws Exception {
    try (ScheduleTestServer temporal = new ScheduleTestServer(true);
        TimeSkippingLock lock = temporal.server.newTimeSkippingLock()) {
      ScheduleHandle daily = create(temporal, "daily-while-waiting", Duration.ofDays(1));
      WorkflowClient client =
          WorkflowClient.newInstance(
              temporal.stubs,
              WorkflowClientOptions.newBuilder()
                  .setInterceptors(new TimeSkippingClientInterceptor(lock))
                  .build());
      ScheduleTestServer.Job sleeper =
          client.newWorkflowStub(
              ScheduleTestServer.Job.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId("three-days")
                  .setTaskQueue(ScheduleTestServer.QUEUE)
                  .build());

      assertThat(sleeper.run("sleep P3DT1H")).isEqualTo("done");

      // 3, or 4 when the schedule was created in the last hour before midnight UTC (daily actions
      // fall on multiples of a day); once the result is in, time may skip on to one more action
      long due = actionsDue(daily, Duration.ofDays(3).plusHours(1), Duration.ofDays(1));
      assertThat(due).isBetween(3L, 4L);
      await().until(() -> daily.describe().getInfo().getNumActions() >= due);
      assertThat(daily.describe().getInfo().getNumActions()).isLessThanOrEqualTo(due + 1);
      assertThat(daily.describe().getInfo().getNumActionsMissedCatchupWindow()).isZero();
    }
  }

  @Test
  void severalSchedulesShareTheClock() {
    try (ScheduleTestServer temporal = new ScheduleTestServer(true)) {
      ScheduleHandle hourly = create(temporal, "hourly", Duration.ofHours(1));
      ScheduleHandle twoHourly = create(temporal, "two-hourly", Duration.ofHours(2));

      Duration skipped = Duration.ofHours(6).plusMinutes(1);
      temporal.skip(skipped);

      // 6 and 3, or 7 and 4 when the schedules were created in the last minute before an hour
      long hourlyDue = actionsDue(hourly, skipped, Duration.ofHours(1));
      long twoHourlyDue = actionsDue(twoHourly, skipped, Duration.ofHours(2));
      assertThat(hourlyDue).isBetween(6L, 7L);
      await().until(() -> hourly.describe().getInfo().getNumActions() == hourlyDue);
      await().until(() -> twoHourly.describe().getInfo().getNumActions() == twoHourlyDue);
    }
  }

  @Test
  void updateToAnEarlierActionWakesTheScheduleEarlier() {
    try (ScheduleTestServer temporal = new ScheduleTestServer(true)) {
      ScheduleHandle handle = create(temporal, "sped-up", Duration.ofDays(1));
      handle.update(
          (input) ->
              new ScheduleUpdate(ScheduleTestServer.every(Duration.ofHours(1), "done").build()));

      Duration skipped = Duration.ofHours(3).plusMinutes(1);
      temporal.skip(skipped);

      long due = actionsDue(handle, skipped, Duration.ofHours(1));
      assertThat(due).isBetween(3L, 4L);
      await().until(() -> handle.describe().getInfo().getNumActions() == due);
    }
  }

  @Test
  void scheduleWithNothingLeftToDoEndsAfterAWeek() {
    try (ScheduleTestServer temporal = new ScheduleTestServer(true)) {
      ScheduleHandle handle =
          temporal
              .schedules()
              .createSchedule(
                  "once",
                  ScheduleTestServer.every(Duration.ofHours(1), "done")
                      .setState(
                          ScheduleState.newBuilder()
                              .setLimitedAction(true)
                              .setRemainingActions(1)
                              .build())
                      .build(),
                  ScheduleOptions.newBuilder().build());

      temporal.skip(Duration.ofDays(6));
      assertThat(handle.describe().getInfo().getNumActions()).isEqualTo(1);
      temporal.skip(Duration.ofDays(2));

      ScheduleException gone = catchThrowableOfType(ScheduleException.class, handle::describe);
      assertThat(((StatusRuntimeException) gone.getCause()).getStatus().getDescription())
          .isEqualTo("schedule not found");
    }
  }

  @Test
  void closingTheServerLeavesNoScheduleThread() {
    // Servers of cached application contexts in this JVM keep their own schedule threads.
    Set<Thread> others = scheduleThreads();
    try (ScheduleTestServer temporal = new ScheduleTestServer(true)) {
      create(temporal, "daily", Duration.ofDays(1));
      assertThat(Sets.difference(scheduleThreads(), others)).isNotEmpty();
    }

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> Sets.difference(scheduleThreads(), others).isEmpty());
  }

  private static Set<Thread> scheduleThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter((thread) -> thread.getName().startsWith("temporal-schedule"))
        .filter(Thread::isAlive)
        .collect(Collectors.toSet());
  }

  private static ScheduleHandle create(ScheduleTestServer temporal, String id, Duration interval) {
    return temporal
        .schedules()
        .createSchedule(
            id,
            ScheduleTestServer.every(interval, "done", id).build(),
            ScheduleOptions.newBuilder().build());
  }

  /**
   * The actions an interval schedule takes from its creation until a skip ends: the multiples of
   * the interval since the epoch in between, one more when the skip's end crosses another boundary.
   */
  private static long actionsDue(ScheduleHandle handle, Duration skipped, Duration interval) {
    Instant created = handle.describe().getInfo().getCreatedAt();
    long every = interval.toMillis();
    return Math.floorDiv(created.plus(skipped).toEpochMilli(), every)
        - Math.floorDiv(created.toEpochMilli(), every);
  }
}
