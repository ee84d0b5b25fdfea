package dev.temporalboot.testnexus;

import dev.temporalboot.WorkflowImpl;

@WorkflowImpl(taskQueues = "visits")
public class VisitWorkflowImpl implements VisitWorkflow {

  private final GreetingService greetings;

  public VisitWorkflowImpl(GreetingService greetings) {
    this.greetings = greetings;
  }

  @Override
  public String visit(String name, boolean late) {
    return late ? this.greetings.greetLater(name) : this.greetings.greet(name);
  }
}
