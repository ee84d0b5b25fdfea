package dev.temporalboot.e2e.nexustrace;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The caller: reviews a loan with the credit team's Nexus service. */
@WorkflowInterface
public interface LoanWorkflow {

  @WorkflowMethod
  String review(String applicant, boolean hold);
}
