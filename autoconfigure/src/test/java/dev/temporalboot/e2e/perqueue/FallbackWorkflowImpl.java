package dev.temporalboot.e2e.perqueue;

import dev.temporalboot.WorkflowImpl;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Tries the activity remotely on its own queue; when no worker picks it up in time, runs it as a
 * local activity instead.
 */
@WorkflowImpl(taskQueues = {PerQueueApplication.LOCAL_ONLY, PerQueueApplication.FULL})
public class FallbackWorkflowImpl implements FallbackWorkflow {

  private final WhereActivities remote =
      Workflow.newActivityStub(
          WhereActivities.class,
          ActivityOptions.newBuilder()
              .setScheduleToStartTimeout(Duration.ofSeconds(1))
              .setStartToCloseTimeout(Duration.ofSeconds(10))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
              .build());

  private final WhereActivities local =
      Workflow.newLocalActivityStub(
          WhereActivities.class,
          LocalActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  @Override
  public String run() {
    try {
      return this.remote.where();
    } catch (ActivityFailure failure) {
      String why =
          (failure.getCause() instanceof TimeoutFailure timeout)
              ? timeout.getTimeoutType().name()
              : String.valueOf(failure.getCause());
      return why + ", then " + this.local.where();
    }
  }
}
