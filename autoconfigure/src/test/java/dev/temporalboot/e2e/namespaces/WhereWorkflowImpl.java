package dev.temporalboot.e2e.namespaces;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;

/** On queue {@code where} of the primary namespace here, of billing's through its YAML entry. */
@WorkflowImpl(taskQueues = "where")
public class WhereWorkflowImpl implements WhereWorkflow {

  @Override
  public String where(String caller) {
    WorkflowInfo info = Workflow.getInfo();
    return caller + " in " + info.getNamespace() + "/" + info.getTaskQueue();
  }
}
