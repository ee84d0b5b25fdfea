package dev.temporalboot.testclock;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface TickWorkflow {

  @WorkflowMethod
  void tick();
}
