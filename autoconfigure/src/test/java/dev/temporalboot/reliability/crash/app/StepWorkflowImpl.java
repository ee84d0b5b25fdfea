package dev.temporalboot.reliability.crash.app;

import dev.temporalboot.WorkflowImpl;

@WorkflowImpl(taskQueues = CrashWorkerApplication.TASK_QUEUE)
public class StepWorkflowImpl implements StepWorkflow {

  private final StepActivities activities;

  public StepWorkflowImpl(StepActivities activities) {
    this.activities = activities;
  }

  @Override
  public String run(String input) {
    String value = input;
    for (int step = 0; step < STEPS; step++) {
      value = this.activities.step(value, step);
    }
    return value;
  }
}
