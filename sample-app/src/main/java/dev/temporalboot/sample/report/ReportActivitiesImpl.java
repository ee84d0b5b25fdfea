package dev.temporalboot.sample.report;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.sample.inventory.Warehouse;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the {@link Warehouse} and keeps the report in {@link StockReports}. */
@Component
@ActivityImpl(taskQueues = "${sample.orders-queue:orders}")
public class ReportActivitiesImpl implements ReportActivities {

  private final Warehouse warehouse;

  private final StockReports reports;

  public ReportActivitiesImpl(Warehouse warehouse, StockReports reports) {
    this.warehouse = warehouse;
    this.reports = reports;
  }

  @Override
  public List<String> reportLowStock(int threshold) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    List<String> low = this.warehouse.below(threshold);
    // The server's clock, which a test can move, rather than the wall clock.
    Instant at = Instant.ofEpochMilli(info.getScheduledTimestamp());
    this.reports.add(new StockReport(info.getWorkflowId(), at, threshold, low));
    return low;
  }
}
