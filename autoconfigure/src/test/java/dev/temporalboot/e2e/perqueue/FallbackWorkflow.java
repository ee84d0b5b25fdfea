package dev.temporalboot.e2e.perqueue;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface FallbackWorkflow {

  @WorkflowMethod
  String run();
}
