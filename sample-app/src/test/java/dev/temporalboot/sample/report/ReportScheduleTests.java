package dev.temporalboot.sample.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.sample.SampleHttpTests;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleRange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily report, the schedule {@code low-stock-report} of application.yml: created at start-up,
 * run on demand through the ScheduleClient and through the REST API.
 */
class ReportScheduleTests extends SampleHttpTests {

  @Autowired ScheduleClient schedules;

  @Autowired StockReports reports;

  @Test
  void scheduleIsOnTheServerAfterStartUpAsApplicationYmlDeclaresIt() {
    ScheduleDescription description = handle().describe();

    var schedule = description.getSchedule();
    // The server keeps "0 8 * * *" as a calendar, as a real cluster does: at 8:00:00, every day.
    assertThat(schedule.getSpec().getCalendars())
        .singleElement()
        .satisfies(
            (calendar) -> {
              assertThat(calendar.getHour()).extracting(ScheduleRange::getStart).containsExactly(8);
              assertThat(calendar.getMinutes())
                  .extracting(ScheduleRange::getStart)
                  .containsExactly(0);
              assertThat(calendar.getSeconds())
                  .extracting(ScheduleRange::getStart)
                  .containsExactly(0);
            });
    assertThat(schedule.getSpec().getTimeZoneName()).isEqualTo("Europe/Berlin");
    assertThat(schedule.getPolicy().getOverlap())
        .isEqualTo(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
    assertThat(schedule.getState().isPaused()).isFalse();
    assertThat(schedule.getState().getNote())
        .isEqualTo("daily low-stock report, declared in application.yml");
    var action = (ScheduleActionStartWorkflow) schedule.getAction();
    assertThat(action.getWorkflowType()).isEqualTo("StockReportWorkflow");
    assertThat(action.getOptions().getWorkflowId()).isEqualTo("low-stock-report");
    assertThat(action.getOptions().getTaskQueue()).isEqualTo("orders");
    assertThat(action.getArguments().get(0, Integer.class)).isEqualTo(5);
    assertThat(description.getMemo("temporal-boot.owner", String.class))
        .isEqualTo("temporal-boot-sample");
  }

  @Test
  void triggeringTheScheduleRunsTheReportWithItsYamlArguments() {
    List<StockReport> before = this.reports.all();

    handle().trigger();

    StockReport report = awaitNewScheduledReport(before);

    assertThat(report.workflowId()).startsWith("low-stock-report-");
    assertThat(report.threshold()).isEqualTo(5);
    assertThat(report.lowStock()).containsExactly("LAMP-7");
  }

  @Test
  void restApiShowsTheScheduleAndTheRunsATriggerStarts() {
    List<StockReport> before = this.reports.all();

    var triggered = this.http.post().uri("/reports/schedule/trigger").retrieve().toEntity(JSON);
    StockReport report = awaitNewScheduledReport(before);

    assertThat(triggered.getStatusCode().value()).isEqualTo(202);
    Map<String, Object> view = this.http.get().uri("/reports/schedule").retrieve().body(JSON);
    assertThat(view)
        .containsEntry("scheduleId", "low-stock-report")
        .containsEntry("workflowType", "StockReportWorkflow")
        .containsEntry("threshold", 5)
        .containsEntry("calendars", List.of("0 0 8 * * *"))
        .containsEntry("timeZone", "Europe/Berlin")
        .containsEntry("overlap", "skip")
        .containsEntry("paused", false);
    assertThat((List<?>) view.get("nextRuns")).hasSize(3);
    assertThat((List<?>) view.get("recentRuns"))
        .anySatisfy(
            (run) ->
                assertThat(((Map<?, ?>) run).get("workflowId")).isEqualTo(report.workflowId()));
  }

  private ScheduleHandle handle() {
    return this.schedules.getHandle("low-stock-report");
  }

  /** A report of a run the schedule started that is not among {@code before}, once it completed. */
  private StockReport awaitNewScheduledReport(List<StockReport> before) {
    StockReport report =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    this.reports.all().stream()
                        .filter((written) -> !before.contains(written))
                        .filter((written) -> written.workflowId().startsWith("low-stock-report-"))
                        .findFirst()
                        .orElse(null),
                (found) -> found != null);
    // The next trigger in the same second would start the same workflow id: let this one end.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> this.client.newUntypedWorkflowStub(report.workflowId()).describe().getStatus(),
            (status) -> status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    return report;
  }
}
