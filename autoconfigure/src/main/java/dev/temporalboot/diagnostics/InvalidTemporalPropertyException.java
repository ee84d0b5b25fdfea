package dev.temporalboot.diagnostics;

import org.jspecify.annotations.Nullable;

/** A {@code temporal.*} property has a value that cannot work. */
public class InvalidTemporalPropertyException extends TemporalBootException {

  private final String property;

  private final String problem;

  public InvalidTemporalPropertyException(String property, String problem, String action) {
    this(property, problem, action, null);
  }

  public InvalidTemporalPropertyException(
      String property, String problem, String action, @Nullable Throwable cause) {
    super("Invalid property '" + property + "': " + problem, action, cause);
    this.property = property;
    this.problem = problem;
  }

  /**
   * Returns the full name of the property at fault.
   *
   * @return the property name
   */
  public String getProperty() {
    return this.property;
  }

  /**
   * Returns what is wrong with the value, without the property's name.
   *
   * @return the problem
   */
  public String getProblem() {
    return this.problem;
  }
}
