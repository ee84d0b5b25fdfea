package dev.temporalboot.internal.embedded.schedule.spec;

/** A schedule spec a real cluster rejects; the message is its INVALID_ARGUMENT text. */
public class InvalidScheduleSpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, in the server's words
   */
  public InvalidScheduleSpecException(String message) {
    super(message);
  }
}
