package dev.temporalboot.testnamespaces;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "invoices", namespace = "billing")
public class InvoiceWorkflowImpl implements InvoiceWorkflow {

  private final LedgerActivities ledger;

  public InvoiceWorkflowImpl(LedgerActivities ledger) {
    this.ledger = ledger;
  }

  @Override
  public String invoice(String customer, int days) {
    Workflow.sleep(Duration.ofDays(days));
    String entry = this.ledger.post(customer);
    if (entry.isEmpty()) {
      throw new InvoiceRejectedException(customer);
    }
    return entry + " in " + Workflow.getInfo().getNamespace();
  }
}
