package dev.temporalboot.e2e.namespaces;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

/** Runs only in billing's namespace, with its activity stub from {@code temporal.activities}. */
@WorkflowImpl(taskQueues = "invoices", namespace = "billing")
public class InvoiceWorkflowImpl implements InvoiceWorkflow {

  private final LedgerActivities ledger;

  public InvoiceWorkflowImpl(LedgerActivities ledger) {
    this.ledger = ledger;
  }

  @Override
  public String invoice(int cents) {
    return this.ledger.book(cents) + " in " + Workflow.getInfo().getNamespace();
  }
}
