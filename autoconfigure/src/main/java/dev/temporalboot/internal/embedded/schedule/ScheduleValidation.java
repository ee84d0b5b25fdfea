package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.util.Durations;
import dev.temporalboot.internal.schedulespec.ActionTime;
import dev.temporalboot.internal.schedulespec.ActionTimes;
import dev.temporalboot.internal.schedulespec.InvalidScheduleSpecException;
import dev.temporalboot.internal.schedulespec.ScheduleSpecs;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.schedule.v1.Schedule;
import io.temporal.api.schedule.v1.SchedulePolicies;
import io.temporal.api.workflow.v1.NewWorkflowExecutionInfo;
import java.time.Duration;

/** The checks a real cluster's frontend makes on a schedule, with its INVALID_ARGUMENT texts. */
final class ScheduleValidation {

  private ScheduleValidation() {}

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
  static Schedule validated(Schedule schedule) {
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
    Duration window =
        policies.hasCatchupWindow()
            ? Duration.ofMillis(Durations.toMillis(policies.getCatchupWindow()))
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

  static void requireId(String id) {
    if (id.isEmpty()) {
      throw invalid("ScheduleId is not set on request.");
    }
  }

  static StatusRuntimeException invalid(String message) {
    return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
  }
}
