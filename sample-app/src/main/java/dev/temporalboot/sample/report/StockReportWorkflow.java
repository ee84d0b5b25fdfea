package dev.temporalboot.sample.report;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** The low-stock report: each run is one report, started by a schedule or as a cron workflow. */
@WorkflowInterface
public interface StockReportWorkflow {

  /** Reports the SKUs with fewer than {@code threshold} items, and returns them. */
  @WorkflowMethod
  List<String> report(int threshold);
}
