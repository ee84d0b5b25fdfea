package dev.temporalboot.e2e.actuator;

import dev.temporalboot.WorkflowImpl;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "echo")
public class EchoWorkflowImpl implements EchoWorkflow {

  private final EchoActivities activities =
      Workflow.newActivityStub(
          EchoActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  @Override
  public String echo(String text) {
    return this.activities.shout(text);
  }
}
