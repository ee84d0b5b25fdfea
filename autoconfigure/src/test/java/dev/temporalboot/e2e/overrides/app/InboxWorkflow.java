package dev.temporalboot.e2e.overrides.app;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface InboxWorkflow {

  @WorkflowMethod
  String receive(String message);
}
