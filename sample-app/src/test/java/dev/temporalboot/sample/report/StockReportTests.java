package dev.temporalboot.sample.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.web.ReportController.CronWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The cron workflow, started on demand (the daily report is a schedule: ReportScheduleTests). The
 * embedded server runs cron on the wall clock, minute by minute, so the schedule is checked as the
 * server recorded it rather than by waiting up to a minute for a run.
 */
class StockReportTests extends SampleHttpTests {

  @Autowired StockReports reports;

  @Test
  void cronWorkflowWaitsForTheNextMinuteOfItsSchedule() {
    ResponseEntity<CronWorkflow> response =
        this.http.post().uri("/reports/low-stock").retrieve().toEntity(CronWorkflow.class);
    try {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      HistoryEvent started = history("low-stock-cron").get(0);
      var attributes = started.getWorkflowExecutionStartedEventAttributes();
      assertThat(attributes.getCronSchedule()).isEqualTo("* * * * *");
      Instant firstRun =
          Instant.ofEpochMilli(
              Timestamps.toMillis(started.getEventTime())
                  + Durations.toMillis(attributes.getFirstWorkflowTaskBackoff()));
      assertThat(Duration.between(Instant.now(), firstRun))
          .isLessThanOrEqualTo(Duration.ofMinutes(1));
      long pastTheMinute = firstRun.toEpochMilli() % 60_000;
      assertThat(Math.min(pastTheMinute, 60_000 - pastTheMinute)).isLessThan(1_000);
      assertThat(response.getBody().firstRunAt()).isEqualTo(firstRun);
    } finally {
      stop();
    }
  }

  @Test
  void stoppingTheScheduleTerminatesTheCronWorkflow() {
    this.http.post().uri("/reports/low-stock").retrieve().toBodilessEntity();

    assertThat(stop()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(this.client.newUntypedWorkflowStub("low-stock-cron").describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED);
  }

  @Test
  void eachRunReportsTheSkusLowOnStock() {
    // One run, started without a schedule: what every tick of the cron workflow does.
    String id = unique("report");
    StockReportWorkflow report =
        this.client.newWorkflowStub(
            StockReportWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("orders").setWorkflowId(id).build());

    List<String> low = report.report(5);

    assertThat(low).containsExactly("LAMP-7");
    assertThat(this.reports.all())
        .filteredOn((written) -> written.workflowId().equals(id))
        .singleElement()
        .satisfies((written) -> assertThat(written.lowStock()).isEqualTo(low));
  }

  private HttpStatus stop() {
    return HttpStatus.valueOf(
        this.http
            .delete()
            .uri("/reports/low-stock")
            .retrieve()
            .toBodilessEntity()
            .getStatusCode()
            .value());
  }
}
