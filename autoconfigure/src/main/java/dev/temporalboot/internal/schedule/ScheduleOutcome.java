package dev.temporalboot.internal.schedule;

/** What reconciling a declared schedule with the server did. */
public enum ScheduleOutcome {
  /** Not reconciled yet: the server has not answered since start-up. */
  PENDING,
  /** It was missing, and this application created it. */
  CREATED,
  /** This application created it earlier, its declaration changed, and it was updated. */
  UPDATED,
  /** This application created it from the same declaration: left alone. */
  UNCHANGED,
  /** Something else created it: never touched. */
  NOT_OWNED,
  /** The server refused it; the log says why. */
  FAILED
}
