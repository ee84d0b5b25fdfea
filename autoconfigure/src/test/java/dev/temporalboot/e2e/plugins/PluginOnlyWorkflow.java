package dev.temporalboot.e2e.plugins;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface PluginOnlyWorkflow {

  @WorkflowMethod
  String count(int to);
}
