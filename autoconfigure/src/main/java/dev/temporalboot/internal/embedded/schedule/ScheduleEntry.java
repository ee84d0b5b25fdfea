package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.temporalboot.internal.schedulespec.ActionTimes;
import io.temporal.api.common.v1.Memo;
import io.temporal.api.common.v1.SearchAttributes;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.schedule.v1.Schedule;
import io.temporal.api.schedule.v1.ScheduleActionResult;
import io.temporal.api.schedule.v1.ScheduleInfo;
import io.temporal.api.schedule.v1.ScheduleListEntry;
import io.temporal.api.schedule.v1.ScheduleListInfo;
import io.temporal.api.workflowservice.v1.DescribeScheduleResponse;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One schedule: what the client gave (spec, action, policies, state, memo, search attributes) and
 * what the scheduler keeps (counts, running and recent actions, buffer, last processed time).
 * Confined to the schedule runtime's thread.
 */
final class ScheduleEntry {

  final String namespace;

  final String id;

  Schedule schedule;

  @Nullable ActionTimes times;

  String invalidSpec = "";

  Memo memo = Memo.getDefaultInstance();

  SearchAttributes searchAttributes = SearchAttributes.getDefaultInstance();

  long conflictToken = 1;

  final Instant createTime;

  @Nullable Instant updateTime;

  Instant lastProcessed;

  long actionCount;

  long missedCatchupWindow;

  long overlapSkipped;

  long bufferDropped;

  final List<BufferedStart> buffer = new ArrayList<>();

  final List<WorkflowExecution> running = new ArrayList<>();

  final List<ScheduleActionResult> recentActions = new ArrayList<>();

  ScheduleEntry(String namespace, String id, Schedule schedule, Instant now) {
    this.namespace = namespace;
    this.id = id;
    this.schedule = schedule;
    this.createTime = now;
    this.lastProcessed = now;
  }

  /** The conflict token as the API carries it: eight bytes, big-endian. */
  ByteString conflictTokenBytes() {
    return ByteString.copyFrom(ByteBuffer.allocate(Long.BYTES).putLong(this.conflictToken).array());
  }

  DescribeScheduleResponse describe(List<Instant> futureActionTimes) {
    ScheduleInfo.Builder info =
        ScheduleInfo.newBuilder()
            .setActionCount(this.actionCount)
            .setMissedCatchupWindow(this.missedCatchupWindow)
            .setOverlapSkipped(this.overlapSkipped)
            .setBufferDropped(this.bufferDropped)
            .setBufferSize(this.buffer.size())
            .addAllRunningWorkflows(this.running)
            .addAllRecentActions(this.recentActions)
            .setCreateTime(timestamp(this.createTime))
            .setInvalidScheduleError(this.invalidSpec);
    futureActionTimes.forEach((time) -> info.addFutureActionTimes(timestamp(time)));
    if (this.updateTime != null) {
      info.setUpdateTime(timestamp(this.updateTime));
    }
    return DescribeScheduleResponse.newBuilder()
        .setSchedule(this.schedule)
        .setInfo(info)
        .setMemo(this.memo)
        .setSearchAttributes(this.searchAttributes)
        .setConflictToken(conflictTokenBytes())
        .build();
  }

  ScheduleListEntry listEntry(List<Instant> futureActionTimes, int recent) {
    ScheduleListInfo.Builder info =
        ScheduleListInfo.newBuilder()
            .setSpec(this.schedule.getSpec())
            .setNotes(this.schedule.getState().getNotes())
            .setPaused(this.schedule.getState().getPaused())
            .addAllRecentActions(
                this.recentActions.subList(
                    Math.max(0, this.recentActions.size() - recent), this.recentActions.size()));
    if (this.schedule.getAction().hasStartWorkflow()) {
      info.setWorkflowType(this.schedule.getAction().getStartWorkflow().getWorkflowType());
    }
    futureActionTimes.forEach((time) -> info.addFutureActionTimes(timestamp(time)));
    return ScheduleListEntry.newBuilder()
        .setScheduleId(this.id)
        .setMemo(this.memo)
        .setSearchAttributes(this.searchAttributes)
        .setInfo(info)
        .build();
  }

  static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder()
        .setSeconds(instant.getEpochSecond())
        .setNanos(instant.getNano())
        .build();
  }

  static Instant instant(Timestamp timestamp) {
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
  }
}
