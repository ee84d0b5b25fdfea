package dev.temporalboot.e2e.sleepy;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "reminders")
public class ReminderWorkflowImpl implements ReminderWorkflow {

  private final ReminderActivities activities;

  public ReminderWorkflowImpl(
      @ActivityStub(startToCloseTimeout = "1m", maximumAttempts = "1")
          ReminderActivities activities) {
    this.activities = activities;
  }

  @Override
  public String remind(int days) {
    long start = Workflow.currentTimeMillis();
    Workflow.sleep(Duration.ofDays(days));
    long slept = Duration.ofMillis(Workflow.currentTimeMillis() - start).toDays();
    return this.activities.send("after " + slept + " days");
  }
}
