package dev.temporalboot.diagnostics;

import org.jspecify.annotations.Nullable;

/** A {@code temporal.*} property has a value that cannot work. */
public class InvalidTemporalPropertyException extends TemporalBootException {

  private final String property;

  public InvalidTemporalPropertyException(String property, String problem, String action) {
    this(property, problem, action, null);
  }

  public InvalidTemporalPropertyException(
      String property, String problem, String action, @Nullable Throwable cause) {
    super("Invalid property '" + property + "': " + problem, action, cause);
    this.property = property;
  }

  /**
   * Returns the full name of the property at fault.
   *
   * @return the property name
   */
  public String getProperty() {
    return this.property;
  }
}
