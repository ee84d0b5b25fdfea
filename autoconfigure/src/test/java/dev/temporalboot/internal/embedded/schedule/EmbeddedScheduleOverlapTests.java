package dev.temporalboot.internal.embedded.schedule;

import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_ALLOW_ALL;
import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_BUFFER_ALL;
import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_BUFFER_ONE;
import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_CANCEL_OTHER;
import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP;
import static io.temporal.api.enums.v1.ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_TERMINATE_OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
import io.temporal.client.schedules.ScheduleBackfill;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleInfo;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The six overlap policies: a workflow that waits for a signal runs, then a backfill asks for three
 * more starts (2020-01-01 00:00, 01:00 and 02:00) while it runs.
 */
class EmbeddedScheduleOverlapTests {

  private static final Instant BACKFILL = Instant.parse("2020-01-01T00:00:00Z");

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
  void skipDropsStartsWhileOneRuns() {
    ScheduleHandle handle = runningWithBackfill("skip", SCHEDULE_OVERLAP_POLICY_SKIP);

    ScheduleInfo info = handle.describe().getInfo();
    assertThat(info.getNumActions()).isEqualTo(1);
    assertThat(info.getNumActionsSkippedOverlap()).isEqualTo(3);
    release(handle);
    handle.delete();
  }

  @Test
  void triggerWithItsOwnPolicyOverridesTheSchedules() {
    ScheduleHandle handle = running("trigger-buffer-one", SCHEDULE_OVERLAP_POLICY_SKIP);

    handle.trigger(SCHEDULE_OVERLAP_POLICY_BUFFER_ONE);
    assertThat(bufferOf("trigger-buffer-one")).isEqualTo(1);
    release(handle);

    await().until(() -> handle.describe().getInfo().getNumActions() == 2);
    assertThat(handle.describe().getInfo().getNumActionsSkippedOverlap()).isZero();
    release(handle);
    handle.delete();
  }

  @Test
  void bufferOneKeepsOneStartForWhenTheRunningOneCloses() {
    ScheduleHandle handle = runningWithBackfill("buffer-one", SCHEDULE_OVERLAP_POLICY_BUFFER_ONE);
    assertThat(handle.describe().getInfo().getNumActionsSkippedOverlap()).isEqualTo(2);

    release(handle);

    await().until(() -> handle.describe().getInfo().getNumActions() == 2);
    assertThat(scheduledAt(handle, 1)).isEqualTo(BACKFILL);
    release(handle);
    handle.delete();
  }

  @Test
  void bufferAllStartsEveryStartOneAfterAnother() {
    ScheduleHandle handle = runningWithBackfill("buffer-all", SCHEDULE_OVERLAP_POLICY_BUFFER_ALL);
    assertThat(handle.describe().getInfo().getNumActionsSkippedOverlap()).isZero();

    for (int started = 2; started <= 4; started++) {
      release(handle);
      int expected = started;
      await().until(() -> handle.describe().getInfo().getNumActions() == expected);
    }
    assertThat(scheduledAt(handle, 3)).isEqualTo(BACKFILL.plus(Duration.ofHours(2)));
    release(handle);
    handle.delete();
  }

  @Test
  void cancelOtherCancelsTheRunningWorkflowAndStartsTheLatest() {
    ScheduleHandle handle = running("cancel-other", SCHEDULE_OVERLAP_POLICY_CANCEL_OTHER);
    String first = runningId(handle);
    backfill(handle);

    await().until(() -> handle.describe().getInfo().getNumActions() == 2);
    assertThat(status(first)).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    assertThat(scheduledAt(handle, 1)).isEqualTo(BACKFILL.plus(Duration.ofHours(2)));
    release(handle);
    handle.delete();
  }

  @Test
  void terminateOtherTerminatesTheRunningWorkflowAndStartsTheLatest() {
    ScheduleHandle handle = running("terminate-other", SCHEDULE_OVERLAP_POLICY_TERMINATE_OTHER);
    String first = runningId(handle);
    backfill(handle);

    await().until(() -> handle.describe().getInfo().getNumActions() == 2);
    assertThat(status(first))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED);
    assertThat(scheduledAt(handle, 1)).isEqualTo(BACKFILL.plus(Duration.ofHours(2)));
    release(handle);
    handle.delete();
  }

  @Test
  void allowAllStartsEverythingAtOnceWithoutTrackingIt() {
    ScheduleHandle handle = create("allow-all", SCHEDULE_OVERLAP_POLICY_ALLOW_ALL);
    handle.trigger();
    backfill(handle);

    await().until(() -> handle.describe().getInfo().getNumActions() == 4);
    // a real cluster does not track workflows that allow-all started as running
    assertThat(handle.describe().getInfo().getRunningActions()).isEmpty();
    for (var action : handle.describe().getInfo().getRecentActions()) {
      String id = ((ScheduleActionExecutionStartWorkflow) action.getAction()).getWorkflowId();
      assertThat(status(id)).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
      temporal.client("default").newUntypedWorkflowStub(id).signal("release");
    }
    handle.delete();
  }

  private static ScheduleHandle runningWithBackfill(String id, ScheduleOverlapPolicy policy) {
    ScheduleHandle handle = running(id, policy);
    backfill(handle);
    await()
        .until(
            () ->
                handle.describe().getInfo().getNumActionsSkippedOverlap()
                        + handle.describe().getInfo().getNumActions()
                        + bufferOf(id)
                    >= 4);
    return handle;
  }

  private static long bufferOf(String id) {
    return temporal
        .stubs
        .blockingStub()
        .describeSchedule(
            io.temporal.api.workflowservice.v1.DescribeScheduleRequest.newBuilder()
                .setNamespace("default")
                .setScheduleId(id)
                .build())
        .getInfo()
        .getBufferSize();
  }

  private static ScheduleHandle running(String id, ScheduleOverlapPolicy policy) {
    ScheduleHandle handle = create(id, policy);
    handle.trigger();
    await().until(() -> handle.describe().getInfo().getRunningActions().size() == 1);
    return handle;
  }

  private static ScheduleHandle create(String id, ScheduleOverlapPolicy policy) {
    return temporal
        .schedules()
        .createSchedule(
            id,
            ScheduleTestServer.every(Duration.ofHours(1), "wait", id)
                .setSpec(
                    ScheduleSpec.newBuilder()
                        .setIntervals(List.of(new ScheduleIntervalSpec(Duration.ofHours(1))))
                        .setEndAt(BACKFILL.plus(Duration.ofDays(1)))
                        .build())
                .setPolicy(SchedulePolicy.newBuilder().setOverlap(policy).build())
                .build(),
            ScheduleOptions.newBuilder().build());
  }

  private static void backfill(ScheduleHandle handle) {
    handle.backfill(List.of(new ScheduleBackfill(BACKFILL, BACKFILL.plus(Duration.ofHours(2)))));
  }

  private static void release(ScheduleHandle handle) {
    await().until(() -> !handle.describe().getInfo().getRunningActions().isEmpty());
    temporal.client("default").newUntypedWorkflowStub(runningId(handle)).signal("release");
  }

  private static String runningId(ScheduleHandle handle) {
    return ((ScheduleActionExecutionStartWorkflow)
            handle.describe().getInfo().getRunningActions().get(0))
        .getWorkflowId();
  }

  private static Instant scheduledAt(ScheduleHandle handle, int action) {
    return handle.describe().getInfo().getRecentActions().get(action).getScheduledAt();
  }

  private static WorkflowExecutionStatus status(String workflowId) {
    return temporal.client("default").newUntypedWorkflowStub(workflowId).describe().getStatus();
  }
}
