package dev.temporalboot.reliability.crash.app;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface StepWorkflow {

  /** Number of activities each run calls in sequence. */
  int STEPS = 4;

  @WorkflowMethod
  String run(String input);

  /**
   * Returns the result a run must end with, so a test can check it without the worker.
   *
   * @param input the workflow's input
   * @return the input after every step
   */
  static String expectedResult(String input) {
    String value = input;
    for (int step = 0; step < STEPS; step++) {
      value = StepActivities.apply(value, step);
    }
    return value;
  }
}
