package dev.temporalboot.diagnostics;

import java.util.List;

/**
 * {@code temporal.*} keys that no property of Temporal Boot has: a typo, or a map key with dots
 * written without brackets. Each would otherwise be ignored.
 */
public class UnknownTemporalPropertyException extends TemporalBootException {

  private final List<String> properties;

  public UnknownTemporalPropertyException(
      List<String> properties, String description, boolean dottedMapKey) {
    super(
        description,
        "Correct or remove each key: the IDE completes them, and docs/configuration.md lists them."
            + (dottedMapKey
                ? " A map key with dots, such as an interface's full name, goes in brackets:"
                    + " temporal.activities[com.acme.PaymentActivities].start-to-close-timeout, in"
                    + " YAML \"[com.acme.PaymentActivities]\":"
                : ""),
        null);
    this.properties = List.copyOf(properties);
  }

  /**
   * Returns the unknown keys, as their sources spell them.
   *
   * @return the keys
   */
  public List<String> getProperties() {
    return this.properties;
  }
}
