package dev.temporalboot.testnamespaces;

/** A changed invoice workflow that no worker runs, as a test keeps one to replay. */
public class ChangedInvoiceWorkflowImpl implements InvoiceWorkflow {

  private final LedgerActivities ledger;

  public ChangedInvoiceWorkflowImpl(LedgerActivities ledger) {
    this.ledger = ledger;
  }

  @Override
  public String invoice(String customer, int days) {
    return this.ledger.post(customer);
  }
}
