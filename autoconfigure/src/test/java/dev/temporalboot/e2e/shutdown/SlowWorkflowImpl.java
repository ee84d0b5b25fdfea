package dev.temporalboot.e2e.shutdown;

import dev.temporalboot.WorkflowImpl;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "slow")
public class SlowWorkflowImpl implements SlowWorkflow {

  private final SlowActivities activities =
      Workflow.newActivityStub(
          SlowActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
              .build());

  @Override
  public String run(long millis) {
    return this.activities.work(millis);
  }
}
