package dev.temporalboot.testnamespaces;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface InvoiceWorkflow {

  @WorkflowMethod
  String invoice(String customer, int days);
}
