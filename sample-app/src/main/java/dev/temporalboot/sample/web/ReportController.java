package dev.temporalboot.sample.web;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.sample.report.StockReport;
import dev.temporalboot.sample.report.StockReportWorkflow;
import dev.temporalboot.sample.report.StockReports;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The low-stock report as a cron workflow, started on demand, and the reports written by every run
 * (the schedule's too: see {@link ReportScheduleController}).
 */
@RestController
@RequestMapping("/reports/low-stock")
public class ReportController {

  static final String WORKFLOW_ID = "low-stock-cron";

  private final TemporalWorkflows workflows;

  private final StockReports reports;

  private final int threshold;

  public ReportController(
      TemporalWorkflows workflows,
      StockReports reports,
      @Value("${sample.stock-report.threshold:5}") int threshold) {
    this.workflows = workflows;
    this.reports = reports;
    this.threshold = threshold;
  }

  /** Starts the cron workflow; its first run waits for the schedule's next tick. */
  @PostMapping
  public ResponseEntity<CronWorkflow> start() {
    // The cron schedule is temporal.workflows.StockReportWorkflow.cron-schedule in application.yml.
    StockReportWorkflow workflow = this.workflows.newStub(StockReportWorkflow.class, WORKFLOW_ID);
    WorkflowExecution execution = WorkflowClient.start(workflow::report, this.threshold);
    WorkflowStub started = this.workflows.stub(StockReportWorkflow.class, WORKFLOW_ID);
    String schedule = WorkflowStub.fromTyped(workflow).getOptions().orElseThrow().getCronSchedule();
    return ResponseEntity.accepted()
        .body(
            new CronWorkflow(
                WORKFLOW_ID,
                execution.getRunId(),
                schedule,
                started.describe().getExecutionTime()));
  }

  /** The reports the runs have written so far. */
  @GetMapping
  public List<StockReport> reports() {
    return this.reports.all();
  }

  /** Stops the schedule: terminating the current run ends the cron workflow. */
  @DeleteMapping
  public ResponseEntity<Void> stop() {
    this.workflows.stub(WORKFLOW_ID).terminate("stopped through the REST API");
    return ResponseEntity.noContent().build();
  }

  /**
   * @param workflowId the cron workflow
   * @param runId the run waiting for the first tick
   * @param cronSchedule when runs start
   * @param firstRunAt when the first one starts
   */
  public record CronWorkflow(
      String workflowId, String runId, String cronSchedule, Instant firstRunAt) {}
}
