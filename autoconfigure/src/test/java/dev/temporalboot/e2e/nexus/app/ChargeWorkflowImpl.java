package dev.temporalboot.e2e.nexus.app;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

@WorkflowImpl(taskQueues = "payments")
public class ChargeWorkflowImpl implements ChargeWorkflow {

  @Override
  public String charge(String order) {
    return "charged " + order + " in " + Workflow.getInfo().getWorkflowId();
  }
}
