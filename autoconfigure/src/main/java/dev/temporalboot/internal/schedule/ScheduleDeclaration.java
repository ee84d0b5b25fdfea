package dev.temporalboot.internal.schedule;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One declared schedule, its values checked one by one but not yet against the workflows.
 *
 * @param id the schedule id
 * @param prefix its property prefix, to name in errors, e.g. {@code temporal.schedules.report}
 * @param workflow the workflow as written: interface simple or qualified name, or type name
 * @param arguments the workflow method's arguments as bound, not yet converted
 * @param workflowId the workflow id of started executions, or null for the schedule id
 * @param overrides start options set on the schedule itself (task queue, timeouts, retry, memo,
 *     search attributes), over those of the workflow's defaults
 * @param spec when it fires
 * @param overlap what to do when an action is due while the previous run is running
 * @param catchupWindow how late a missed action may still run, or null for the server's default
 * @param pauseOnFailure whether a failed run pauses the schedule
 * @param paused whether the schedule starts paused
 * @param note the note on its state, or null
 */
public record ScheduleDeclaration(
    String id,
    String prefix,
    String workflow,
    List<@Nullable Object> arguments,
    @Nullable String workflowId,
    WorkflowOptions overrides,
    Spec spec,
    ScheduleOverlapPolicy overlap,
    @Nullable Duration catchupWindow,
    boolean pauseOnFailure,
    boolean paused,
    @Nullable String note) {

  /**
   * When a schedule fires.
   *
   * @param crons cron expressions
   * @param interval a fixed interval, or null
   * @param timeZone the time zone name of the cron expressions, or null for UTC
   * @param jitter the longest random delay of an action, or null
   * @param startAt no action before, or null
   * @param endAt no action after, or null
   */
  public record Spec(
      List<String> crons,
      @Nullable Interval interval,
      @Nullable String timeZone,
      @Nullable Duration jitter,
      @Nullable Instant startAt,
      @Nullable Instant endAt) {}

  /**
   * A fixed interval.
   *
   * @param every the time between two actions
   * @param offset the shift within the interval, or null
   */
  public record Interval(Duration every, @Nullable Duration offset) {}
}
