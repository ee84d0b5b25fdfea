package dev.temporalboot.connection;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;

/** Checks a connection target early, so a typo fails at startup rather than on the first call. */
public final class Targets {

  static final String PROPERTY = "temporal.connection.target";

  private Targets() {}

  /**
   * Validates a target of the form {@code host:port}, {@code [ipv6]:port} or a gRPC URI such as
   * {@code dns:///host:port}.
   *
   * @param target the configured target
   * @return the target, trimmed
   * @throws InvalidTemporalPropertyException naming the property when the target is malformed
   */
  public static String validate(String target) {
    String trimmed = target.trim();
    if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
      throw invalid(
          target,
          "it is a URL, but Temporal takes a gRPC host:port",
          "Drop the scheme, e.g. 'my-ns.a1b2c.tmprl.cloud:7233', and set"
              + " temporal.connection.tls.enabled=true for TLS.");
    }
    if (trimmed.contains(":///")) {
      return trimmed;
    }
    int colon = trimmed.lastIndexOf(':');
    String host = colon < 0 ? trimmed : trimmed.substring(0, colon);
    if (colon < 0 || host.isBlank() || (host.contains(":") && !host.startsWith("["))) {
      throw invalid(target, "it has no port", "Write it as host:port, e.g. 'localhost:7233'.");
    }
    String port = trimmed.substring(colon + 1);
    if (!isPortNumber(port)) {
      throw invalid(
          target,
          "port '" + port + "' is not a number from 1 to 65535",
          "Write it as host:port, e.g. 'localhost:7233'.");
    }
    return trimmed;
  }

  private static boolean isPortNumber(String port) {
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int number = Integer.parseInt(port);
    return number >= 1 && number <= 65535;
  }

  private static InvalidTemporalPropertyException invalid(
      String target, String problem, String action) {
    return new InvalidTemporalPropertyException(
        PROPERTY, "'" + target + "' is malformed: " + problem + ".", action);
  }
}
