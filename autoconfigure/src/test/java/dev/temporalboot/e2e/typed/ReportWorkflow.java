package dev.temporalboot.e2e.typed;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface ReportWorkflow {

  @WorkflowMethod
  void report();
}
