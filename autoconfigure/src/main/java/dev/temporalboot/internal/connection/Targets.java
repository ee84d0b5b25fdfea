package dev.temporalboot.internal.connection;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a connection target early, so a typo fails at startup rather than on the first call. */
public final class Targets {

  static final String PROPERTY = "temporal.connection.target";

  /** A DNS name or an IPv4 address. */
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._-]+");

  /** An IPv6 address without brackets, with a zone if any (e.g. %eth0). */
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?");

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
    return validate(PROPERTY, target);
  }

  /**
   * Validates a target written under a key of its own.
   *
   * @param key the key, such as {@code temporal.namespaces.billing.connection.target}
   * @param target the configured target
   * @return the target, trimmed
   * @throws InvalidTemporalPropertyException naming the key when the target is malformed
   */
  public static String validate(String key, String target) {
    String trimmed = target.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      throw invalid(
          key,
          target,
          "it is a URL, but Temporal takes a gRPC host:port",
          "Drop the scheme, e.g. 'my-ns.a1b2c.tmprl.cloud:7233', and set"
              + " "
              + key.substring(0, key.lastIndexOf('.') + 1)
              + "tls.enabled=true for TLS.");
    }
    if (trimmed.contains(":///")) {
      try {
        new URI(trimmed);
        return trimmed;
      } catch (URISyntaxException ex) {
        throw invalid(
            key, target, ex.getReason(), "Write it as a gRPC URI, e.g. 'dns:///localhost:7233'.");
      }
    }
    int separator = portSeparator(trimmed);
    if (separator < 0) {
      boolean bareIpv6 = !trimmed.startsWith("[") && trimmed.indexOf(':') >= 0;
      throw invalid(
          key,
          target,
          bareIpv6 ? "it has no port, or an IPv6 address without brackets" : "it has no port",
          "Write it as host:port, e.g. 'localhost:7233' or '[::1]:7233'.");
    }
    String host = trimmed.substring(0, separator);
    if (host.isBlank() || host.equals("[]")) {
      throw invalid(key, target, "it has no host", "Write it as host:port, e.g. 'localhost:7233'.");
    }
    boolean bracketed = host.startsWith("[") && host.endsWith("]");
    if (!(bracketed ? isIpv6(host.substring(1, host.length() - 1)) : isHostName(host))) {
      throw invalid(
          key,
          target,
          "host '" + host + "' has characters a host name cannot have",
          "Write it as host:port with a DNS name or IP address, e.g. 'temporal.internal:7233'.");
    }
    String port = trimmed.substring(separator + 1);
    if (!isPortNumber(port)) {
      throw invalid(
          key,
          target,
          "port '" + port + "' is not a number from 1 to 65535",
          "Write it as host:port, e.g. 'localhost:7233'.");
    }
    return trimmed;
  }

  /**
   * Whether the text is a DNS name or IPv4 address.
   *
   * @param text the text
   * @return true when a host name can be spelt so
   */
  public static boolean isHostName(String text) {
    return HOST_NAME.matcher(text).matches();
  }

  /**
   * Whether the text is an IPv6 address as written without brackets.
   *
   * @param text the text
   * @return true when an IPv6 address can be spelt so
   */
  public static boolean isIpv6(String text) {
    return IPV6.matcher(text).matches();
  }

  /** Index of the colon before the port, or -1; IPv6 hosts must be bracketed to have one. */
  private static int portSeparator(String target) {
    if (target.startsWith("[")) {
      int close = target.indexOf(']');
      return (close > 0 && target.startsWith(":", close + 1)) ? close + 1 : -1;
    }
    int colon = target.indexOf(':');
    return (colon == target.lastIndexOf(':')) ? colon : -1;
  }

  private static boolean isPortNumber(String port) {
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int number = Integer.parseInt(port);
    return number >= 1 && number <= 65535;
  }

  private static InvalidTemporalPropertyException invalid(
      String key, String target, String problem, String action) {
    return new InvalidTemporalPropertyException(
        key, "'" + target + "' is malformed: " + problem + ".", action);
  }
}
