package dev.temporalboot.sample.web;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
import io.temporal.client.schedules.ScheduleActionResult;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleSpec;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily low-stock report, a schedule declared in application.yml ({@code
 * temporal.schedules.low-stock-report}): what the server says of it, and a run on demand.
 */
@RestController
@RequestMapping("/reports/schedule")
public class ReportScheduleController {

  static final String SCHEDULE_ID = "low-stock-report";

  private final ScheduleClient schedules;

  public ReportScheduleController(ScheduleClient schedules) {
    this.schedules = schedules;
  }

  /** The schedule as the server describes it. */
  @GetMapping
  public ScheduleView describe() {
    ScheduleDescription description = handle().describe();
    ScheduleSpec spec = description.getSchedule().getSpec();
    var action = (ScheduleActionStartWorkflow) description.getSchedule().getAction();
    var state = description.getSchedule().getState();
    var info = description.getInfo();
    return new ScheduleView(
        description.getId(),
        action.getWorkflowType(),
        action.getArguments().get(0, Integer.class),
        spec.getCalendars().stream().map(CalendarText::of).toList(),
        spec.getTimeZoneName(),
        overlap(description.getSchedule().getPolicy().getOverlap()),
        state.isPaused(),
        state.getNote(),
        info.getNextActionTimes().stream().limit(3).toList(),
        info.getRecentActions().stream().map(ReportScheduleController::recent).toList());
  }

  /** Runs the report now, as if its time had come; the run writes a report as every run does. */
  @PostMapping("/trigger")
  public ResponseEntity<Map<String, String>> trigger() {
    handle().trigger();
    return ResponseEntity.accepted().body(Map.of("scheduleId", SCHEDULE_ID, "sent", "trigger"));
  }

  private ScheduleHandle handle() {
    return this.schedules.getHandle(SCHEDULE_ID);
  }

  /** As written in YAML: SCHEDULE_OVERLAP_POLICY_BUFFER_ONE is buffer-one. */
  private static String overlap(ScheduleOverlapPolicy policy) {
    return policy
        .name()
        .substring("SCHEDULE_OVERLAP_POLICY_".length())
        .toLowerCase(Locale.ROOT)
        .replace('_', '-');
  }

  private static RecentAction recent(ScheduleActionResult result) {
    var started = (ScheduleActionExecutionStartWorkflow) result.getAction();
    return new RecentAction(result.getScheduledAt(), started.getWorkflowId());
  }

  /**
   * @param scheduleId the schedule's id
   * @param workflowType what it starts
   * @param threshold the workflow's argument, as declared in YAML
   * @param calendars when it runs, as the server keeps the cron expressions: seconds first
   * @param timeZone the time zone of the cron expressions
   * @param overlap what happens when a run is due while one still runs
   * @param paused whether it is paused
   * @param note the note on its state
   * @param nextRuns the next three times it runs
   * @param recentRuns the runs it started lately
   */
  public record ScheduleView(
      String scheduleId,
      String workflowType,
      Integer threshold,
      List<String> calendars,
      String timeZone,
      String overlap,
      boolean paused,
      String note,
      List<Instant> nextRuns,
      List<RecentAction> recentRuns) {}

  /**
   * @param scheduledAt the time it was due
   * @param workflowId the workflow it started
   */
  public record RecentAction(Instant scheduledAt, String workflowId) {}
}
