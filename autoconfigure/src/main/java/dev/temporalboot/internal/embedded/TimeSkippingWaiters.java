package dev.temporalboot.internal.embedded;

/**
 * Who lets the embedded server's time skip, server-wide: clients waiting for a result and a test
 * moving the clock. The server starts locked; the first waiter releases that lock and the last one
 * takes it again, so the count stays balanced however many wait at once.
 */
final class TimeSkippingWaiters {

  private final TestServiceCalls calls;

  private int waiters;

  TimeSkippingWaiters(TestServiceCalls calls) {
    this.calls = calls;
  }

  /** Marks the start of a wait; the first one lets time skip. */
  synchronized void begin() {
    if (this.waiters++ == 0) {
      this.calls.unlock();
    }
  }

  /** Marks the end of a wait; the last one stops time skipping. */
  synchronized void end() {
    if (--this.waiters == 0) {
      this.calls.lock();
    }
  }
}
