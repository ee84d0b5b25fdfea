package dev.temporalboot.e2e.nexus.app;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The caller: calls the Nexus services through each kind of stub, as a scenario says. */
@WorkflowInterface
public interface CheckoutWorkflow {

  @WorkflowMethod
  String checkout(String scenario, String order);
}
