package dev.temporalboot.e2e.json;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface PackingWorkflow {

  /** Returns the order as packed. */
  @WorkflowMethod
  PackingOrder pack(PackingOrder order);
}
