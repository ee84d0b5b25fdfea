package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.util.Durations;
import com.google.rpc.Code;
import dev.temporalboot.internal.embedded.schedule.spec.ActionTime;
import dev.temporalboot.internal.embedded.schedule.spec.ActionTimes;
import dev.temporalboot.internal.embedded.schedule.spec.InvalidScheduleSpecException;
import dev.temporalboot.internal.embedded.schedule.spec.ScheduleSpecs;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.errordetails.v1.WorkflowExecutionAlreadyStartedFailure;
import io.temporal.api.schedule.v1.Schedule;
import io.temporal.api.schedule.v1.SchedulePatch;
import io.temporal.api.schedule.v1.SchedulePolicies;
import io.temporal.api.workflow.v1.NewWorkflowExecutionInfo;
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
    requireId(request.getScheduleId());
    if (request.getRequestId().isEmpty()) {
      throw invalid("RequestId is not set on request.");
    }
    Schedule schedule = validated(request.getSchedule());
    return this.runtime.call(
        (now) -> {
          if (this.runtime.find(request.getNamespace(), request.getScheduleId()) != null) {
            throw alreadyRegistered(request);
          }
          ScheduleEntry entry =
              new ScheduleEntry(request.getNamespace(), request.getScheduleId(), schedule, now);
          entry.times = compile(entry);
          entry.memo = request.getMemo();
          entry.searchAttributes = request.getSearchAttributes();
          this.runtime.add(entry);
          if (request.hasInitialPatch()) {
            patch(entry, request.getInitialPatch(), now);
            entry.conflictToken = 1;
          }
          return CreateScheduleResponse.newBuilder()
              .setConflictToken(entry.conflictTokenBytes())
              .build();
        });
  }

  DescribeScheduleResponse describe(DescribeScheduleRequest request) {
    return this.runtime.call(
        (now) -> {
          ScheduleEntry entry = this.runtime.get(request.getNamespace(), request.getScheduleId());
          return entry.describe(ScheduleTimeline.futureActionTimes(entry, FUTURE_ACTIONS));
        });
  }

  UpdateScheduleResponse update(UpdateScheduleRequest request) {
    Schedule schedule = validated(request.getSchedule());
    return this.runtime.call(
        (now) -> {
          ScheduleEntry entry = this.runtime.get(request.getNamespace(), request.getScheduleId());
          ByteString token = request.getConflictToken();
          if (!token.isEmpty() && !token.equals(entry.conflictTokenBytes())) {
            throw Status.FAILED_PRECONDITION
                .withDescription("mismatched conflict token")
                .asRuntimeException();
          }
          entry.schedule = schedule;
          entry.times = compile(entry);
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
      throw invalid("Patch is not set on request.");
    }
    return this.runtime.call(
        (now) -> {
          patch(
              this.runtime.get(request.getNamespace(), request.getScheduleId()),
              request.getPatch(),
              now);
          return PatchScheduleResponse.getDefaultInstance();
        });
  }

  DeleteScheduleResponse delete(DeleteScheduleRequest request) {
    return this.runtime.call(
        (now) -> {
          this.runtime.remove(this.runtime.get(request.getNamespace(), request.getScheduleId()));
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
    if (!patch.getPause().isEmpty()) {
      state.setPaused(true).setNotes(patch.getPause());
    }
    if (!patch.getUnpause().isEmpty()) {
      state.setPaused(false).setNotes(patch.getUnpause());
    }
    entry.schedule = entry.schedule.toBuilder().setState(state).build();
    entry.conflictToken++;
    this.runtime.drain(entry, now);
  }

  /** Compiles the spec, remembering why it is invalid as a real cluster's describe says it. */
  static ActionTimes compile(ScheduleEntry entry) {
    try {
      entry.invalidSpec = "";
      return ScheduleSpecs.compile(entry.schedule.getSpec(), entry.namespace + "-" + entry.id);
    } catch (InvalidScheduleSpecException ex) {
      entry.invalidSpec = String.valueOf(ex.getMessage());
      return (after) -> (ActionTime) null;
    }
  }

  /** The schedule with its spec canonical and the policy defaults a real cluster fills in. */
  private static Schedule validated(Schedule schedule) {
    Schedule.Builder builder = schedule.toBuilder();
    try {
      builder.setSpec(ScheduleSpecs.canonicalize(schedule.getSpec()));
      ScheduleSpecs.compile(builder.getSpec(), "");
    } catch (InvalidScheduleSpecException ex) {
      throw invalid(String.valueOf(ex.getMessage()));
    }
    if (schedule.getAction().hasStartWorkflow()) {
      validate(schedule.getAction().getStartWorkflow());
    }
    SchedulePolicies.Builder policies = builder.getPoliciesBuilder();
    if (policies.getOverlapPolicy() == ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_UNSPECIFIED) {
      policies.setOverlapPolicy(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
    }
    java.time.Duration window =
        policies.hasCatchupWindow()
            ? java.time.Duration.ofMillis(Durations.toMillis(policies.getCatchupWindow()))
            : ScheduleTimeline.DEFAULT_CATCHUP_WINDOW;
    if (window.compareTo(ScheduleTimeline.MIN_CATCHUP_WINDOW) < 0) {
      window = ScheduleTimeline.MIN_CATCHUP_WINDOW;
    }
    policies.setCatchupWindow(Durations.fromMillis(window.toMillis()));
    return builder.build();
  }

  private static void validate(NewWorkflowExecutionInfo workflow) {
    if (workflow.getWorkflowType().getName().isEmpty()) {
      throw invalid("WorkflowType is not set on request.");
    }
    if (workflow.getTaskQueue().getName().isEmpty()) {
      throw invalid("Missing task queue name.");
    }
    if (!workflow.getCronSchedule().isEmpty()) {
      throw invalid("Scheduled workflow must not contain CronSchedule");
    }
    WorkflowIdReusePolicy reuse = workflow.getWorkflowIdReusePolicy();
    if (reuse != WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_UNSPECIFIED
        && reuse != WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE) {
      throw invalid("Scheduled workflow must not contain WorkflowIDReusePolicy");
    }
  }

  private static void requireId(String id) {
    if (id.isEmpty()) {
      throw invalid("ScheduleId is not set on request.");
    }
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

  static StatusRuntimeException invalid(String message) {
    return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
  }
}
