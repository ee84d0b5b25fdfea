package dev.temporalboot.internal.schedule;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.client.schedules.ScheduleState;
import io.temporal.common.converter.DataConverter;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Resolves a {@link ScheduleDeclaration} into the SDK's {@link Schedule}, checking it whole. */
final class ScheduleFactory {

  private final ScheduleWorkflows workflows;

  private final DataConverter converter;

  ScheduleFactory(ScheduleWorkflows workflows, DataConverter converter) {
    this.workflows = workflows;
    this.converter = converter;
  }

  ResolvedSchedule resolve(ScheduleDeclaration declaration, Instant now) {
    String prefix = declaration.prefix();
    ScheduleWorkflows.Target target =
        this.workflows.find(declaration.workflow(), prefix + ".workflow");
    @Nullable Object[] arguments =
        ScheduleArguments.convert(
            declaration.arguments(), target.method(), this.converter, prefix + ".arguments");
    WorkflowOptions options =
        StartOptions.merge(
            this.workflows.defaults(target.workflowInterface()),
            declaration.overrides(),
            (declaration.workflowId() != null) ? declaration.workflowId() : declaration.id());
    if (options.getTaskQueue() == null) {
      options =
          WorkflowOptions.newBuilder(options)
              .setTaskQueue(taskQueue(target.workflowInterface(), prefix + ".task-queue"))
              .build();
    }
    ScheduleSpecCheck.check(declaration.spec(), prefix, declaration.id(), now);
    String hash = ScheduleHash.of(declaration, target.type(), options);
    Schedule schedule =
        Schedule.newBuilder()
            .setAction(
                ScheduleActionStartWorkflow.newBuilder()
                    .setWorkflowType(target.type())
                    .setArguments(arguments)
                    .setOptions(options)
                    .setHeader(ScheduleOwnership.header(hash))
                    .build())
            .setSpec(spec(declaration.spec()))
            .setPolicy(policy(declaration))
            .setState(state(declaration))
            .build();
    return new ResolvedSchedule(declaration, target.workflowInterface(), schedule, hash);
  }

  private String taskQueue(Class<?> workflowInterface, String property) {
    List<String> queues = this.workflows.queuesOf(workflowInterface);
    if (queues.size() == 1) {
      return queues.get(0);
    }
    throw new InvalidTemporalPropertyException(
        property,
        "it is not set, and "
            + (queues.isEmpty()
                ? "no worker of this application implements " + workflowInterface.getName()
                : workflowInterface.getName()
                    + " is implemented on several task queues: "
                    + String.join(", ", queues))
            + ", so the task queue of the schedule's workflow is unknown.",
        "Set "
            + property
            + ", or temporal.workflows."
            + workflowInterface.getSimpleName()
            + ".task-queue.");
  }

  private static ScheduleSpec spec(ScheduleDeclaration.Spec spec) {
    ScheduleSpec.Builder builder = ScheduleSpec.newBuilder().setCronExpressions(spec.crons());
    ScheduleDeclaration.Interval interval = spec.interval();
    if (interval != null) {
      builder.setIntervals(
          List.of(
              (interval.offset() != null)
                  ? new ScheduleIntervalSpec(interval.every(), interval.offset())
                  : new ScheduleIntervalSpec(interval.every())));
    }
    if (spec.timeZone() != null) {
      builder.setTimeZoneName(spec.timeZone());
    }
    if (spec.jitter() != null) {
      builder.setJitter(spec.jitter());
    }
    if (spec.startAt() != null) {
      builder.setStartAt(spec.startAt());
    }
    if (spec.endAt() != null) {
      builder.setEndAt(spec.endAt());
    }
    return builder.build();
  }

  private static SchedulePolicy policy(ScheduleDeclaration declaration) {
    SchedulePolicy.Builder builder =
        SchedulePolicy.newBuilder()
            .setOverlap(declaration.overlap())
            .setPauseOnFailure(declaration.pauseOnFailure());
    if (declaration.catchupWindow() != null) {
      builder.setCatchupWindow(declaration.catchupWindow());
    }
    return builder.build();
  }

  private static ScheduleState state(ScheduleDeclaration declaration) {
    ScheduleState.Builder builder = ScheduleState.newBuilder().setPaused(declaration.paused());
    if (declaration.note() != null) {
      builder.setNote(declaration.note());
    }
    return builder.build();
  }
}
