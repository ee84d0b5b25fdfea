package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.temporal.api.errordetails.v1.WorkflowExecutionAlreadyStartedFailure;
import io.temporal.api.schedule.v1.Schedule;
import io.temporal.api.schedule.v1.SchedulePatch;
import io.temporal.api.workflowservice.v1.CreateScheduleRequest;
import io.temporal.api.workflowservice.v1.CreateScheduleResponse;
import io.temporal.api.workflowservice.v1.DeleteScheduleRequest;
import io.temporal.api.workflowservice.v1.DeleteScheduleResponse;
import io.temporal.api.workflowservice.v1.DescribeScheduleRequest;
import io.temporal.api.workflowservice.v1.DescribeScheduleResponse;
import io.temporal.api.workflowservice.v1.PatchScheduleRequest;
import io.temporal.api.workflowservice.v1.PatchScheduleResponse;
import io.temporal.api.workflowservice.v1.UpdateScheduleRequest;
import io.temporal.api.workflowservice.v1.UpdateScheduleResponse;
import java.time.Instant;

/** Answers create, describe, update, patch and delete with a real cluster's rules and errors. */
final class ScheduleRequests {

  /** Future action times a real cluster describes. */
  static final int FUTURE_ACTIONS = 10;

  private final ScheduleRuntime runtime;

  ScheduleRequests(ScheduleRuntime runtime) {
    this.runtime = runtime;
  }

  CreateScheduleResponse create(CreateScheduleRequest request) {
    ScheduleValidation.requireId(request.getScheduleId());
    if (request.getRequestId().isEmpty()) {
      throw ScheduleValidation.invalid("RequestId is not set on request.");
    }
    Schedule schedule = ScheduleValidation.validated(request.getSchedule());
    return this.runtime.call(
        (now) -> {
          if (this.runtime.schedules().find(request.getNamespace(), request.getScheduleId())
              != null) {
            throw alreadyRegistered(request);
          }
          ScheduleEntry entry =
              new ScheduleEntry(request.getNamespace(), request.getScheduleId(), schedule, now);
          entry.times = ScheduleValidation.compile(entry);
          entry.memo = request.getMemo();
          entry.searchAttributes = request.getSearchAttributes();
          this.runtime.schedules().add(entry);
          if (request.hasInitialPatch()) {
            patch(entry, request.getInitialPatch(), now);
          }
          return CreateScheduleResponse.newBuilder()
              .setConflictToken(entry.conflictTokenBytes())
              .build();
        });
  }

  DescribeScheduleResponse describe(DescribeScheduleRequest request) {
    return this.runtime.call(
        (now) -> {
          ScheduleEntry entry =
              this.runtime.schedules().get(request.getNamespace(), request.getScheduleId());
          return entry.describe(ScheduleTimeline.futureActionTimes(entry, FUTURE_ACTIONS));
        });
  }

  UpdateScheduleResponse update(UpdateScheduleRequest request) {
    Schedule schedule = ScheduleValidation.validated(request.getSchedule());
    return this.runtime.call(
        (now) -> {
          ScheduleEntry entry =
              this.runtime.schedules().get(request.getNamespace(), request.getScheduleId());
          ByteString token = request.getConflictToken();
          if (!token.isEmpty() && !token.equals(entry.conflictTokenBytes())) {
            throw Status.FAILED_PRECONDITION
                .withDescription("mismatched conflict token")
                .asRuntimeException();
          }
          entry.schedule = schedule;
          entry.times = ScheduleValidation.compile(entry);
          if (request.hasSearchAttributes()) {
            entry.searchAttributes = request.getSearchAttributes();
          }
          if (request.hasMemo()) {
            entry.memo = request.getMemo();
          }
          entry.updateTime = now;
          entry.conflictToken++;
          this.runtime.drain(entry, now);
          return UpdateScheduleResponse.getDefaultInstance();
        });
  }

  PatchScheduleResponse patch(PatchScheduleRequest request) {
    if (!request.hasPatch()) {
      throw ScheduleValidation.invalid("Patch is not set on request.");
    }
    return this.runtime.call(
        (now) -> {
          patch(
              this.runtime.schedules().get(request.getNamespace(), request.getScheduleId()),
              request.getPatch(),
              now);
          return PatchScheduleResponse.getDefaultInstance();
        });
  }

  DeleteScheduleResponse delete(DeleteScheduleRequest request) {
    return this.runtime.call(
        (now) -> {
          this.runtime
              .schedules()
              .remove(
                  this.runtime.schedules().get(request.getNamespace(), request.getScheduleId()));
          return DeleteScheduleResponse.getDefaultInstance();
        });
  }

  private void patch(ScheduleEntry entry, SchedulePatch patch, Instant now) {
    if (patch.hasTriggerImmediately()) {
      var trigger = patch.getTriggerImmediately();
      Instant at =
          trigger.hasScheduledTime() ? ScheduleEntry.instant(trigger.getScheduledTime()) : now;
      ScheduleTimeline.addStart(entry, new BufferedStart(at, at, trigger.getOverlapPolicy(), true));
    }
    for (var backfill : patch.getBackfillRequestList()) {
      // the start time is inclusive, as on a real cluster since scheduler version 4
      Instant start = ScheduleEntry.instant(backfill.getStartTime()).minusMillis(1);
      ScheduleTimeline.process(
          entry,
          start,
          ScheduleEntry.instant(backfill.getEndTime()),
          backfill.getOverlapPolicy(),
          true);
    }
    var state = entry.schedule.getState().toBuilder();
    // as a real cluster's scheduler workflow, only pausing and unpausing change the token
    if (!patch.getPause().isEmpty()) {
      state.setPaused(true).setNotes(patch.getPause());
      entry.conflictToken++;
    }
    if (!patch.getUnpause().isEmpty()) {
      state.setPaused(false).setNotes(patch.getUnpause());
      entry.conflictToken++;
    }
    entry.schedule = entry.schedule.toBuilder().setState(state).build();
    this.runtime.drain(entry, now);
  }

  /** ALREADY_EXISTS with the details a real cluster sends, which the SDK maps to its exception. */
  private static StatusRuntimeException alreadyRegistered(CreateScheduleRequest request) {
    return StatusProto.toStatusRuntimeException(
        com.google.rpc.Status.newBuilder()
            .setCode(Code.ALREADY_EXISTS_VALUE)
            .setMessage("schedule \"" + request.getScheduleId() + "\" is already registered")
            .addDetails(Any.pack(WorkflowExecutionAlreadyStartedFailure.getDefaultInstance()))
            .build());
  }
}
