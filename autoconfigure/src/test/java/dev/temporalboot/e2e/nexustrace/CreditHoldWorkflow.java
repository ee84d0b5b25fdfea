package dev.temporalboot.e2e.nexustrace;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The workflow the credit hold operation starts: it waits until it is cancelled. */
@WorkflowInterface
public interface CreditHoldWorkflow {

  @WorkflowMethod
  String hold(String applicant);
}
