package dev.temporalboot.internal.schedulespec;

/** A schedule spec a real Temporal cluster refuses with INVALID_ARGUMENT, in the server's words. */
public final class InvalidScheduleSpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the server answers, such as {@code Invalid schedule spec: interval is too
   *     small}
   */
  public InvalidScheduleSpecException(String message) {
    super(message);
  }
}
