package dev.temporalboot.e2e.overrides.app;

/** A class named as a workflow class that implements no @WorkflowInterface. */
public class NotAWorkflowImpl {

  public String count(String label) {
    return label;
  }
}
