package dev.temporalboot.sample.web;

import dev.temporalboot.sample.report.StockReport;
import dev.temporalboot.sample.report.StockReportWorkflow;
import dev.temporalboot.sample.report.StockReports;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The low-stock report, a cron workflow. */
@RestController
@RequestMapping("/reports/low-stock")
public class ReportController {

  static final String WORKFLOW_ID = "low-stock-report";

  private final WorkflowClient client;

  private final StockReports reports;

  private final String taskQueue;

  private final String schedule;

  private final int threshold;

  public ReportController(
      WorkflowClient client,
      StockReports reports,
      @Value("${sample.orders-queue:orders}") String taskQueue,
      @Value("${sample.stock-report.schedule:* * * * *}") String schedule,
      @Value("${sample.stock-report.threshold:5}") int threshold) {
    this.client = client;
    this.reports = reports;
    this.taskQueue = taskQueue;
    this.schedule = schedule;
    this.threshold = threshold;
  }

  /** Starts the cron workflow; its first run waits for the schedule's next tick. */
  @PostMapping
  public ResponseEntity<Schedule> start() {
    StockReportWorkflow workflow =
        this.client.newWorkflowStub(
            StockReportWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(this.taskQueue)
                .setWorkflowId(WORKFLOW_ID)
                .setCronSchedule(this.schedule)
                .build());
    WorkflowExecution execution = WorkflowClient.start(workflow::report, this.threshold);
    Instant firstRun =
        this.client.newUntypedWorkflowStub(WORKFLOW_ID).describe().getExecutionTime();
    return ResponseEntity.accepted()
        .body(new Schedule(WORKFLOW_ID, execution.getRunId(), this.schedule, firstRun));
  }

  /** The reports the runs have written so far. */
  @GetMapping
  public List<StockReport> reports() {
    return this.reports.all();
  }

  /** Stops the schedule: terminating the current run ends the cron workflow. */
  @DeleteMapping
  public ResponseEntity<Void> stop() {
    this.client.newUntypedWorkflowStub(WORKFLOW_ID).terminate("stopped through the REST API");
    return ResponseEntity.noContent().build();
  }

  /**
   * @param workflowId the cron workflow
   * @param runId the run waiting for the first tick
   * @param cronSchedule when runs start
   * @param firstRunAt when the first one starts
   */
  public record Schedule(
      String workflowId, String runId, String cronSchedule, Instant firstRunAt) {}
}
