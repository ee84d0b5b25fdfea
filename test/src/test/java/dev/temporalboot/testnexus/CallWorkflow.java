package dev.temporalboot.testnexus;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface CallWorkflow {

  @WorkflowMethod
  String call(String name);
}
