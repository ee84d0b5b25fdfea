package dev.temporalboot.e2e.typed;

import dev.temporalboot.WorkflowImpl;

/** Started on a cron schedule from YAML. */
@WorkflowImpl(taskQueues = "typed-reports")
public class ReportWorkflowImpl implements ReportWorkflow {

  @Override
  public void report() {}
}
