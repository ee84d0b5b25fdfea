package dev.temporalboot.internal.embedded;

import java.io.Closeable;

/**
 * Lets the embedded server skip time only while at least one caller waits for a workflow result.
 * The server starts locked; the first waiter (of all locks and clocks of the server) unlocks it and
 * the last one locks it again, so cron schedules and timers never race ahead while nobody waits,
 * and activities run in real time.
 */
public final class TimeSkippingLock implements Closeable {

  private final TimeSkippingWaiters waiters;

  TimeSkippingLock(TimeSkippingWaiters waiters) {
    this.waiters = waiters;
  }

  /** Marks the start of a wait; the first one lets time skip. */
  public void beginWait() {
    this.waiters.begin();
  }

  /** Marks the end of a wait; the last one stops time skipping. */
  public void endWait() {
    this.waiters.end();
  }

  /** Nothing to release: the server's waiter count lives as long as the server. */
  @Override
  public void close() {}
}
