package dev.temporalboot.e2e.overrides.app;

/** The second workflow class of the base YAML's worker, absent from every overriding list. */
public class InboxImpl implements InboxWorkflow {

  @Override
  public String receive(String message) {
    return "received " + message;
  }
}
