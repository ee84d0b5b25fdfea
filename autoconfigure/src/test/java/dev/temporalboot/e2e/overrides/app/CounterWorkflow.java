package dev.temporalboot.e2e.overrides.app;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface CounterWorkflow {

  /** Returns the task queue the workflow ran on, then what its activity answered. */
  @WorkflowMethod
  String count(String label);
}
