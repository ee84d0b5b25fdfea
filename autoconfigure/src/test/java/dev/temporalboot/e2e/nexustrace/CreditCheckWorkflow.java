package dev.temporalboot.e2e.nexustrace;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The workflow the credit check operation starts: it scores the applicant in an activity. */
@WorkflowInterface
public interface CreditCheckWorkflow {

  @WorkflowMethod
  String check(String applicant);
}
