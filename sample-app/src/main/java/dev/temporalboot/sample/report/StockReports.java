package dev.temporalboot.sample.report;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** The reports written so far, in memory, standing in for wherever reports go. */
@Component
public class StockReports {

  private final List<StockReport> reports = new CopyOnWriteArrayList<>();

  void add(StockReport report) {
    this.reports.add(report);
  }

  public List<StockReport> all() {
    return List.copyOf(this.reports);
  }
}
