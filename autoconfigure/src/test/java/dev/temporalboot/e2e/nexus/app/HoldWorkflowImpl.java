package dev.temporalboot.e2e.nexus.app;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

@WorkflowImpl(taskQueues = "payments")
public class HoldWorkflowImpl implements HoldWorkflow {

  @Override
  public String hold(String order) {
    Workflow.await(() -> false);
    return "released " + order;
  }
}
