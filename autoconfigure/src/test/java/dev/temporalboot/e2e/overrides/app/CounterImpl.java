package dev.temporalboot.e2e.overrides.app;

import io.temporal.workflow.Workflow;

/** Registered only through temporal.workers[].workflow-classes; its activity stub is injected. */
public class CounterImpl implements CounterWorkflow {

  private final TickActivities ticks;

  public CounterImpl(TickActivities ticks) {
    this.ticks = ticks;
  }

  @Override
  public String count(String label) {
    return Workflow.getInfo().getTaskQueue() + " | " + this.ticks.tick(label);
  }
}
