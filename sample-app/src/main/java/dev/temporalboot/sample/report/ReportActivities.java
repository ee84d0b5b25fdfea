package dev.temporalboot.sample.report;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/** Reporting on the warehouse. */
@ActivityInterface
public interface ReportActivities {

  /** Writes a report of the SKUs with fewer than {@code threshold} items, and returns them. */
  List<String> reportLowStock(int threshold);
}
