package dev.temporalboot.e2e.namespaces;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Billing's workflow. */
@WorkflowInterface
public interface InvoiceWorkflow {

  @WorkflowMethod
  String invoice(int cents);
}
