package dev.temporalboot.testclock;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface NapWorkflow {

  /** Sleeps for the given hours, then returns the server time it woke at, in epoch millis. */
  @WorkflowMethod
  long nap(int hours);
}
