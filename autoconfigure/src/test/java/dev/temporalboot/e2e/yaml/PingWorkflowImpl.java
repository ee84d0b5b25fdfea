package dev.temporalboot.e2e.yaml;

import dev.temporalboot.WorkflowImpl;

/** Annotated on a queue whose options come from a YAML entry without classes. */
@WorkflowImpl(taskQueues = "pings")
public class PingWorkflowImpl implements PingWorkflow {

  @Override
  public String ping() {
    return "pong";
  }
}
