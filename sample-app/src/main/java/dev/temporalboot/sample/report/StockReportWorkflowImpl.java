package dev.temporalboot.sample.report;

import dev.temporalboot.WorkflowImpl;
import java.util.List;

/**
 * One run of the cron workflow. The schedule is a start option, not code: the server starts a fresh
 * run, with the same argument, at every tick.
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
