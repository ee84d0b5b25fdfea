package dev.temporalboot.sample.report;

import dev.temporalboot.WorkflowImpl;
import java.util.List;

/**
 * One report. When it runs is not code: the schedule {@code low-stock-report} of application.yml
 * starts it, and so does the cron workflow, whose cron schedule is a start option.
 */
@WorkflowImpl(taskQueues = "${sample.orders-queue:orders}")
public class StockReportWorkflowImpl implements StockReportWorkflow {

  private final ReportActivities reports;

  public StockReportWorkflowImpl(ReportActivities reports) {
    this.reports = reports;
  }

  @Override
  public List<String> report(int threshold) {
    return this.reports.reportLowStock(threshold);
  }
}
