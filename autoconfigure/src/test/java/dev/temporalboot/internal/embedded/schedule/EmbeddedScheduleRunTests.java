package dev.temporalboot.internal.embedded.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleBackfill;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleState;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Schedules starting workflows on the embedded server's clock. */
class EmbeddedScheduleRunTests {

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
  void dailyScheduleRunsThirtyTimesWhenThirtyDaysSkip() {
    ScheduleHandle handle = create("daily", ScheduleTestServer.every(Duration.ofDays(1), "done"));
    try {
      temporal.skip(Duration.ofDays(30).plusHours(1));

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> handle.describe().getInfo().getNumActions() >= 30);
      assertThat(handle.describe().getInfo().getNumActions()).isBetween(30L, 31L);
      assertThat(handle.describe().getInfo().getNumActionsMissedCatchupWindow()).isZero();
    } finally {
      handle.delete();
    }
  }

  @Test
  void startedWorkflowCarriesTheNominalTimeInItsIdAndTheScheduleAttributes() {
    ScheduleHandle handle =
        create(
            "stamped",
            ScheduleTestServer.every(Duration.ofHours(1), "done")
                .setAction(
                    ScheduleActionStartWorkflow.newBuilder()
                        .setWorkflowType(ScheduleTestServer.Job.class)
                        .setArguments("done")
                        .setOptions(
                            WorkflowOptions.newBuilder()
                                .setWorkflowId("stamped")
                                .setTaskQueue(ScheduleTestServer.QUEUE)
                                .setMemo(Map.of("report", "stock"))
                                .setTypedSearchAttributes(
                                    SearchAttributes.newBuilder()
                                        .set(
                                            SearchAttributeKey.forKeyword("CustomKeywordField"),
                                            "stock")
                                        .build())
                                .build())
                        .build()));
    try {
      // One or two hours begin within the skip: two when the schedule was made in an hour's last
      // minute. The first action is the one checked.
      temporal.skip(Duration.ofHours(1).plusMinutes(1));
      await().until(() -> !handle.describe().getInfo().getRecentActions().isEmpty());

      var action = handle.describe().getInfo().getRecentActions().get(0);
      String workflowId =
          ((ScheduleActionExecutionStartWorkflow) action.getAction()).getWorkflowId();
      Instant nominal = action.getScheduledAt();
      assertThat(workflowId).isEqualTo("stamped-" + nominal);
      assertThat(nominal.getEpochSecond() % 3600).isZero();
      var attributes =
          describeWorkflow(workflowId).getWorkflowExecutionInfo().getSearchAttributes();
      assertThat(attributes.getIndexedFieldsMap())
          .containsKeys("TemporalScheduledById", "TemporalScheduledStartTime");
      var described = temporal.client("default").newUntypedWorkflowStub(workflowId).describe();
      assertThat(described.getMemo("report", String.class)).isEqualTo("stock");
      var typed = described.getTypedSearchAttributes();
      assertThat(typed.get(SearchAttributeKey.forKeyword("CustomKeywordField"))).isEqualTo("stock");
      assertThat(typed.get(SearchAttributeKey.forKeyword("TemporalScheduledById")))
          .isEqualTo("stamped");
      assertThat(typed.get(SearchAttributeKey.forOffsetDateTime("TemporalScheduledStartTime")))
          .isEqualTo(OffsetDateTime.ofInstant(nominal, ZoneOffset.UTC));
    } finally {
      handle.delete();
    }
  }

  @Test
  void pausedScheduleRunsNothingAndDoesNotCatchUpWhenUnpaused() {
    ScheduleHandle handle = create("paused", ScheduleTestServer.every(Duration.ofHours(1), "done"));
    try {
      handle.pause("maintenance");
      assertThat(handle.describe().getSchedule().getState().getNote()).isEqualTo("maintenance");
      assertThat(handle.describe().getSchedule().getState().isPaused()).isTrue();

      temporal.skip(Duration.ofHours(5));
      handle.unpause("back");

      assertThat(handle.describe().getInfo().getNumActions()).isZero();
      assertThat(handle.describe().getSchedule().getState().getNote()).isEqualTo("back");
      assertThat(handle.describe().getSchedule().getState().isPaused()).isFalse();
    } finally {
      handle.delete();
    }
  }

  @Test
  void limitedScheduleStopsWhenItsActionsAreSpent() {
    ScheduleHandle handle =
        create(
            "limited",
            ScheduleTestServer.every(Duration.ofHours(1), "done")
                .setState(
                    ScheduleState.newBuilder()
                        .setLimitedAction(true)
                        .setRemainingActions(2)
                        .build()));
    try {
      temporal.skip(Duration.ofHours(5));

      await().until(() -> handle.describe().getInfo().getNumActions() == 2);
      assertThat(handle.describe().getSchedule().getState().getRemainingActions()).isZero();
      assertThat(handle.describe().getInfo().getNextActionTimes()).isEmpty();
    } finally {
      handle.delete();
    }
  }

  @Test
  void triggerStartsAtOnce() {
    ScheduleHandle handle =
        create("triggered", ScheduleTestServer.every(Duration.ofDays(1), "done"));
    try {
      handle.trigger();

      await().until(() -> handle.describe().getInfo().getNumActions() == 1);
    } finally {
      handle.delete();
    }
  }

  @Test
  void backfillRunsTheMissedTimesOfARange() {
    ScheduleHandle handle =
        create("backfilled", ScheduleTestServer.every(Duration.ofHours(1), "done"));
    try {
      Instant start = Instant.parse("2020-01-01T00:00:00Z");
      handle.backfill(
          List.of(
              new ScheduleBackfill(
                  start,
                  start.plus(Duration.ofHours(3)),
                  io.temporal.api.enums.v1.ScheduleOverlapPolicy
                      .SCHEDULE_OVERLAP_POLICY_ALLOW_ALL)));

      await().until(() -> handle.describe().getInfo().getNumActions() == 4);
      assertThat(handle.describe().getInfo().getRecentActions())
          .extracting((action) -> action.getScheduledAt())
          .containsExactly(
              start,
              start.plus(Duration.ofHours(1)),
              start.plus(Duration.ofHours(2)),
              start.plus(Duration.ofHours(3)));
    } finally {
      handle.delete();
    }
  }

  @Test
  void failedWorkflowPausesTheScheduleWithTheServersNote() {
    ScheduleHandle handle =
        create(
            "fragile",
            ScheduleTestServer.every(Duration.ofDays(1), "fail")
                .setPolicy(SchedulePolicy.newBuilder().setPauseOnFailure(true).build()));
    try {
      handle.trigger();

      await().until(() -> handle.describe().getSchedule().getState().isPaused());
      String workflowId =
          ((ScheduleActionExecutionStartWorkflow)
                  handle.describe().getInfo().getRecentActions().get(0).getAction())
              .getWorkflowId();
      assertThat(handle.describe().getSchedule().getState().getNote())
          .isEqualTo("paused due to workflow failure: " + workflowId + ": out of stock");
    } finally {
      handle.delete();
    }
  }

  @Test
  void timedOutWorkflowPausesTheScheduleWithTheServersNote() {
    ScheduleHandle handle =
        create(
            "slow",
            ScheduleTestServer.every(Duration.ofDays(1), "wait")
                .setAction(
                    ScheduleActionStartWorkflow.newBuilder()
                        .setWorkflowType(ScheduleTestServer.Job.class)
                        .setArguments("wait")
                        .setOptions(
                            WorkflowOptions.newBuilder()
                                .setWorkflowId("slow")
                                .setTaskQueue(ScheduleTestServer.QUEUE)
                                .setWorkflowRunTimeout(Duration.ofMinutes(1))
                                .build())
                        .build())
                .setPolicy(SchedulePolicy.newBuilder().setPauseOnFailure(true).build()));
    try {
      handle.trigger();
      await().until(() -> handle.describe().getInfo().getRunningActions().size() == 1);
      String workflowId =
          ((ScheduleActionExecutionStartWorkflow)
                  handle.describe().getInfo().getRunningActions().get(0))
              .getWorkflowId();

      temporal.skip(Duration.ofMinutes(2));

      await().until(() -> handle.describe().getSchedule().getState().isPaused());
      assertThat(handle.describe().getSchedule().getState().getNote())
          .isEqualTo("paused due to workflow timeout: " + workflowId);
    } finally {
      handle.delete();
    }
  }

  @Test
  void deletingAScheduleLeavesItsRunningWorkflowRunning() {
    ScheduleHandle handle = create("deleted", ScheduleTestServer.every(Duration.ofDays(1), "wait"));
    handle.trigger();
    await().until(() -> handle.describe().getInfo().getRunningActions().size() == 1);
    String workflowId =
        ((ScheduleActionExecutionStartWorkflow)
                handle.describe().getInfo().getRunningActions().get(0))
            .getWorkflowId();

    handle.delete();

    assertThat(describeWorkflow(workflowId).getWorkflowExecutionInfo().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    temporal.client("default").newUntypedWorkflowStub(workflowId).signal("release");
  }

  private static ScheduleHandle create(
      String id, io.temporal.client.schedules.Schedule.Builder schedule) {
    return temporal
        .schedules()
        .createSchedule(id, schedule.build(), ScheduleOptions.newBuilder().build());
  }

  private static DescribeWorkflowExecutionResponse describeWorkflow(String workflowId) {
    return temporal
        .stubs
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace("default")
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                .build());
  }
}
