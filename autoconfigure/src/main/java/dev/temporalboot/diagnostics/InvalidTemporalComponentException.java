package dev.temporalboot.diagnostics;

import org.jspecify.annotations.Nullable;

/** A workflow implementation class or activity bean cannot be registered as it is. */
public class InvalidTemporalComponentException extends TemporalBootException {

  private final String component;

  public InvalidTemporalComponentException(String component, String problem, String action) {
    this(component, problem, action, null);
  }

  public InvalidTemporalComponentException(
      String component, String problem, String action, @Nullable Throwable cause) {
    super(component + ": " + problem, action, cause);
    this.component = component;
  }

  /**
   * Returns the class or bean at fault, as it appears in the description.
   *
   * @return the component
   */
  public String getComponent() {
    return this.component;
  }
}
