package dev.temporalboot.e2e.nexus.app;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A workflow that waits until it is cancelled. */
@WorkflowInterface
public interface HoldWorkflow {

  @WorkflowMethod
  String hold(String order);
}
