package dev.temporalboot.testclock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.temporalboot.test.TemporalTest;
import dev.temporalboot.test.TemporalTestClock;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TemporalTest
class TemporalTestClockTests {

  @Autowired TemporalTestClock clock;

  @Autowired WorkflowClient client;

  @Autowired ScheduleClient schedules;

  @Test
  void thirtyDaysRunADailyScheduleThirtyTimesInSeconds() {
    long start = System.nanoTime();
    ScheduleHandle schedule =
        this.schedules.createSchedule(
            "daily-tick",
            Schedule.newBuilder()
                .setAction(
                    ScheduleActionStartWorkflow.newBuilder()
                        .setWorkflowType(TickWorkflow.class)
                        .setOptions(
                            WorkflowOptions.newBuilder()
                                .setWorkflowId("daily-tick-run")
                                .setTaskQueue("clock")
                                .build())
                        .build())
                .setSpec(ScheduleSpec.newBuilder().setCronExpressions(List.of("@daily")).build())
                .build(),
            ScheduleOptions.newBuilder().build());
    try {
      this.clock.skip(Duration.ofDays(30));

      assertThat(count("TemporalScheduledById = 'daily-tick'")).isEqualTo(30);
      assertThat(count("TemporalScheduledById = 'daily-tick' AND ExecutionStatus = 'Completed'"))
          .isEqualTo(30);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    } finally {
      schedule.delete();
    }
  }

  @Test
  void aWorkflowSleepingTwoHoursCompletesAfterTwoHoursWithoutWaitingForItsResult() {
    NapWorkflow nap =
        this.client.newWorkflowStub(
            NapWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("clock").setWorkflowId("nap-2h").build());
    WorkflowClient.start(nap::nap, 2);
    Instant asleep = this.clock.now();

    this.clock.skip(Duration.ofMinutes(119));
    assertThat(status("nap-2h"))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    this.clock.skip(Duration.ofMinutes(1));

    assertThat(status("nap-2h"))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    Instant woke =
        Instant.ofEpochMilli(this.client.newUntypedWorkflowStub("nap-2h").getResult(Long.class));
    assertThat(Duration.between(asleep, woke))
        .isBetween(Duration.ofHours(2), Duration.ofHours(2).plusSeconds(10));
  }

  @Test
  void aDailyCronWorkflowRunsThreeTimesInThreeDays() {
    TickWorkflow cron =
        this.client.newWorkflowStub(
            TickWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("clock")
                .setWorkflowId("cron-tick")
                .setCronSchedule("@daily")
                .build());
    WorkflowClient.start(cron::tick);
    try {
      this.clock.skip(Duration.ofDays(3));

      assertThat(count("WorkflowId = 'cron-tick' AND ExecutionStatus != 'Running'")).isEqualTo(3);
    } finally {
      this.client.newUntypedWorkflowStub("cron-tick").terminate("test done");
    }
  }

  @Test
  void nowMovesByTheSkippedDuration() {
    Instant before = this.clock.now();

    this.clock.skip(Duration.ofHours(5));

    assertThat(Duration.between(before, this.clock.now()))
        .isBetween(Duration.ofHours(5), Duration.ofHours(5).plusSeconds(10));
  }

  @Test
  void aNegativeDurationFailsNamingIt() {
    Instant before = this.clock.now();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> this.clock.skip(Duration.ofMinutes(-5)))
        .withMessageContaining("PT-5M")
        .withMessageContaining("only moves forward");
    assertThat(Duration.between(before, this.clock.now())).isLessThan(Duration.ofMinutes(1));
  }

  private long count(String query) {
    return this.client.listExecutions(query).count();
  }

  private WorkflowExecutionStatus status(String workflowId) {
    WorkflowStub stub = this.client.newUntypedWorkflowStub(workflowId);
    return stub.describe().getStatus();
  }
}
