package dev.temporalboot.diagnostics;

/**
 * The Temporal service could not be reached, or refused the connection, at startup with fail-fast.
 */
public class TemporalConnectionException extends TemporalBootException {

  private final String target;

  public TemporalConnectionException(String target, String problem, Throwable cause) {
    super(
        "Could not connect to the Temporal service at '" + target + "': " + problem,
        "Check that the server runs at temporal.connection.target and that TLS and the API key"
            + " match it, or set temporal.connection.fail-fast=false to start anyway and connect"
            + " when it answers.",
        cause);
    this.target = target;
  }

  /**
   * Returns the target that did not answer.
   *
   * @return the target
   */
  public String getTarget() {
    return this.target;
  }
}
