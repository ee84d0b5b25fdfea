package dev.temporalboot.testnexus;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface VisitWorkflow {

  @WorkflowMethod
  String visit(String name, boolean late);
}
