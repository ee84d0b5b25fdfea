package dev.temporalboot.e2e.namespaces;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Answers with the namespace and task queue it runs in. */
@WorkflowInterface
public interface WhereWorkflow {

  @WorkflowMethod
  String where(String caller);
}
