package dev.temporalboot.bench;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The measured workflow: two short activities in sequence. */
@WorkflowInterface
public interface BenchWorkflow {

  /**
   * Runs both activities.
   *
   * @param input any text
   * @return the input as both activities changed it
   */
  @WorkflowMethod
  String run(String input);
}
