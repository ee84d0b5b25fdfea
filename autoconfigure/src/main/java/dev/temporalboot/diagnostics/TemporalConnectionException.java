package dev.temporalboot.diagnostics;

/**
 * The Temporal service could not be reached, or refused the connection, at startup with fail-fast.
 */
public class TemporalConnectionException extends TemporalBootException {

  private final String target;

  public TemporalConnectionException(String target, String problem, Throwable cause) {
    this(target, "temporal.connection", problem, cause);
  }

  /**
   * Creates the exception for a connection configured under a key of its own.
   *
   * @param target the target that did not answer
   * @param connectionKey the connection's key, such as {@code
   *     temporal.namespaces.billing.connection}
   * @param problem what went wrong
   * @param cause the gRPC error
   */
  public TemporalConnectionException(
      String target, String connectionKey, String problem, Throwable cause) {
    super(
        "Could not connect to the Temporal service at '" + target + "': " + problem,
        "Check that the server runs at "
            + connectionKey
            + ".target and that TLS and the API key match it, or set "
            + connectionKey
            + ".fail-fast=false to start anyway and connect when it answers.",
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
