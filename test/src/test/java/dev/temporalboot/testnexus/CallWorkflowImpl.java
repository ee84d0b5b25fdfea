package dev.temporalboot.testnexus;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

/** Makes its Nexus stub in code, without options: its endpoint comes from the YAML's default. */
@WorkflowImpl(taskQueues = "calls")
public class CallWorkflowImpl implements CallWorkflow {

  @Override
  public String call(String name) {
    return Workflow.newNexusServiceStub(GreetingService.class).greet(name);
  }
}
