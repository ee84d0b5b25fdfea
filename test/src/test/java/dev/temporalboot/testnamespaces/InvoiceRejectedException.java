package dev.temporalboot.testnamespaces;

/** The ledger refused an invoice; billing's workflows fail on it. */
public class InvoiceRejectedException extends RuntimeException {

  public InvoiceRejectedException(String customer) {
    super("The ledger rejected the invoice of " + customer);
  }
}
