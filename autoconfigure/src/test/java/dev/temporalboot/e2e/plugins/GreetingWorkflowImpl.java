package dev.temporalboot.e2e.plugins;

import dev.temporalboot.WorkflowImpl;

/** Registered by the starter; calls an activity, so both kinds of worker interception show. */
@WorkflowImpl(taskQueues = PluginApplication.QUEUE)
public class GreetingWorkflowImpl implements GreetingWorkflow {

  private final ShoutActivities shout;

  public GreetingWorkflowImpl(ShoutActivities shout) {
    this.shout = shout;
  }

  @Override
  public String greet(String name) {
    return "Hello, " + this.shout.shout(name);
  }
}
