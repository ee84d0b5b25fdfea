package dev.temporalboot.e2e.metrics;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface BasketWorkflow {

  @WorkflowMethod
  int check(int items);
}
