package dev.temporalboot.e2e.shutdown;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface SlowWorkflow {

  @WorkflowMethod
  String run(long millis);
}
