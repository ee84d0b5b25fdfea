package dev.temporalboot.autoconfigure.schedules;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** A workflow a schedule starts, with a primitive and a structured parameter. */
@WorkflowInterface
public interface StockReportWorkflow {

  @WorkflowMethod(name = "LowStockReport")
  String report(int threshold, Filter filter);

  /** Which products the report covers. */
  record Filter(String tier, List<String> skus) {}
}
