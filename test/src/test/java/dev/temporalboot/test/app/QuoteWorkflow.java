package dev.temporalboot.test.app;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface QuoteWorkflow {

  @WorkflowMethod
  String confirm(Quote quote);
}
