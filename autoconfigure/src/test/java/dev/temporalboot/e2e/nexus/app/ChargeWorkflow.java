package dev.temporalboot.e2e.nexus.app;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The workflow a workflow-run operation starts. */
@WorkflowInterface
public interface ChargeWorkflow {

  @WorkflowMethod
  String charge(String order);
}
