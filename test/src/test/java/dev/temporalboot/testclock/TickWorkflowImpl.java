package dev.temporalboot.testclock;

import dev.temporalboot.WorkflowImpl;

@WorkflowImpl(taskQueues = "clock")
public class TickWorkflowImpl implements TickWorkflow {

  @Override
  public void tick() {}
}
