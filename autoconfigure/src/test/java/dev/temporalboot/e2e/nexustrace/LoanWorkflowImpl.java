package dev.temporalboot.e2e.nexustrace;

import dev.temporalboot.WorkflowImpl;

@WorkflowImpl(taskQueues = "loans")
public class LoanWorkflowImpl implements LoanWorkflow {

  private final CreditService credit;

  public LoanWorkflowImpl(CreditService credit) {
    this.credit = credit;
  }

  @Override
  public String review(String applicant, boolean hold) {
    return "reviewed " + (hold ? this.credit.hold(applicant) : this.credit.check(applicant));
  }
}
