package dev.temporalboot.autoconfigure.schedules;

public class StockReportWorkflowImpl implements StockReportWorkflow {

  @Override
  public String report(int threshold, Filter filter) {
    return threshold + " " + filter.tier() + " " + filter.skus();
  }
}
