package dev.temporalboot.e2e.actuator;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface EchoWorkflow {

  @WorkflowMethod
  String echo(String text);
}
