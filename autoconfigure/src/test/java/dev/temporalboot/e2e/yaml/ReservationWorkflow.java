package dev.temporalboot.e2e.yaml;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface ReservationWorkflow {

  @WorkflowMethod
  int reserve(String sku, int quantity);
}
