package dev.temporalboot.internal.aot.app;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Greets a guest through an activity. */
@WorkflowInterface
public interface GreetingWorkflow {

  /** Returns the greeting. */
  @WorkflowMethod
  Greeting greet(Guest guest);

  /** Returns the last greeting, or null. */
  @QueryMethod
  String last();

  /** A workflow argument. */
  record Guest(String name) {}

  /** A workflow result. */
  record Greeting(String text) {}
}
