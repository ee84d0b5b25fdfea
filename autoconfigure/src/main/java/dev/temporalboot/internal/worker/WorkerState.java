package dev.temporalboot.internal.worker;

/** What a worker is doing, as health and the actuator endpoint report it. */
public enum WorkerState {
  /** Polling its task queue. */
  RUNNING,
  /** Started, but polling is paused. */
  SUSPENDED,
  /** Not polling: not started yet, waiting for the server, or shut down. */
  STOPPED
}
