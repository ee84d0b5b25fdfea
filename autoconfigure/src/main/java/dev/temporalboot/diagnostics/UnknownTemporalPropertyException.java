package dev.temporalboot.diagnostics;

import java.util.List;

/**
 * {@code temporal.*} keys that no property of Temporal Boot has: a typo, or a map key with dots
 * written without brackets. Each would otherwise be ignored.
 */
public class UnknownTemporalPropertyException extends TemporalBootException {

  private final List<String> properties;

  public UnknownTemporalPropertyException(List<String> properties, String description) {
    super(
        description,
        "Correct or remove each key: the IDE completes them, and docs/configuration.md lists"
            + " them.",
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
