package dev.temporalboot.diagnostics;

import org.jspecify.annotations.Nullable;

/**
 * Base of the exceptions Temporal Boot throws for a mistake the user can fix: it carries what went
 * wrong and where, and the fix, which the failure analyzers print at startup.
 */
public abstract class TemporalBootException extends RuntimeException {

  private final String description;

  private final String action;

  protected TemporalBootException(String description, String action, @Nullable Throwable cause) {
    super(description, cause);
    this.description = description;
    this.action = action;
  }

  /**
   * Returns what went wrong, naming the property, class or bean.
   *
   * @return the description
   */
  public String getDescription() {
    return this.description;
  }

  /**
   * Returns how to fix it.
   *
   * @return the action
   */
  public String getAction() {
    return this.action;
  }
}
