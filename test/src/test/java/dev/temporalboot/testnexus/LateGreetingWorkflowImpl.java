package dev.temporalboot.testnexus;

import dev.temporalboot.WorkflowImpl;

/** The workflow behind the workflow-run operation. */
@WorkflowImpl(taskQueues = "greetings")
public class LateGreetingWorkflowImpl implements LateGreetingWorkflow {

  @Override
  public String greet(String name) {
    return "Hello at last " + name;
  }
}
