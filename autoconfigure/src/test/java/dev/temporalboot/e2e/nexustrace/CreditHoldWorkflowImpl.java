package dev.temporalboot.e2e.nexustrace;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

@WorkflowImpl(taskQueues = "credit")
public class CreditHoldWorkflowImpl implements CreditHoldWorkflow {

  @Override
  public String hold(String applicant) {
    Workflow.await(() -> false);
    return "released " + applicant;
  }
}
