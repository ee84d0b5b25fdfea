package dev.temporalboot.internal.actuate;

import org.jspecify.annotations.Nullable;

/** A schedule operation the endpoint refuses, with the HTTP status that says why. */
public class ScheduleRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** 404: no such schedule is declared, or the server has none with the id. */
  static final int NOT_FOUND = 404;

  /** 409: the application does not own the schedule, or has not reconciled it yet. */
  static final int CONFLICT = 409;

  /** 503: the server does not answer. */
  static final int UNAVAILABLE = 503;

  private final int status;

  ScheduleRequestException(int status, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** Returns the HTTP status of the refusal. */
  public int status() {
    return this.status;
  }
}
