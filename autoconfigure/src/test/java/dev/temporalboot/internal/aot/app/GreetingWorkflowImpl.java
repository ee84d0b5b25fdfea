package dev.temporalboot.internal.aot.app;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.WorkflowImpl;

/** Found by scanning: at build time in AOT mode. */
@WorkflowImpl(taskQueues = AotApp.TASK_QUEUE)
public class GreetingWorkflowImpl implements GreetingWorkflow {

  @ActivityStub(startToCloseTimeout = "10s")
  private GreetingActivities activities;

  private String last = "";

  @Override
  public Greeting greet(Guest guest) {
    this.last = this.activities.compose(guest.name());
    return new Greeting(this.last);
  }

  @Override
  public String last() {
    return this.last;
  }
}
