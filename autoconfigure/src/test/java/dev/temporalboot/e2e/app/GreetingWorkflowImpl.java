package dev.temporalboot.e2e.app;

import dev.temporalboot.WorkflowImpl;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Takes a bean (the greeting) by constructor injection, and calls the activity through a stub. */
@WorkflowImpl(taskQueues = "${e2e.queue:greetings}")
public class GreetingWorkflowImpl implements GreetingWorkflow {

  private final GreetingSettings settings;

  private final GreetingActivities activities =
      Workflow.newActivityStub(
          GreetingActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  public GreetingWorkflowImpl(GreetingSettings settings) {
    this.settings = settings;
  }

  @Override
  public String greet(String name) {
    return this.activities.compose(this.settings.greeting(), name);
  }
}
