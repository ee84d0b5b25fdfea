package dev.temporalboot.e2e.sleepy;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface ReminderWorkflow {

  /** Waits the given number of days, then sends the reminder. */
  @WorkflowMethod
  String remind(int days);
}
