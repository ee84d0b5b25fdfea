package dev.temporalboot.internal.embedded;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.Closeable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Moves the embedded server's clock forward on request, whether or not clients skip time, stopping
 * wherever work falls due (a timer, a delayed or cron start, a schedule action) until the workflow
 * tasks it causes are done, so that each runs at its own time as on a real cluster.
 */
public final class EmbeddedClock implements Closeable {

  static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);

  private static final long POLL_MILLIS = 5;

  private final Duration settleTimeout;

  private final Supplier<List<String>> namespaces;

  private final WorkflowServiceStubs workflowStubs;

  private final TestServiceCalls calls;

  private final TimeSkippingWaiters waiters;

  EmbeddedClock(
      String target,
      Supplier<List<String>> namespaces,
      TestServiceCalls calls,
      TimeSkippingWaiters waiters,
      Duration settleTimeout) {
    this.namespaces = namespaces;
    this.calls = calls;
    this.waiters = waiters;
    this.settleTimeout = settleTimeout;
    this.workflowStubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
  }

  /**
   * Returns the server's current time.
   *
   * @return the time workflows on the server see
   */
  public Instant now() {
    return this.calls.now();
  }

  /**
   * Moves the server's clock forward by {@code duration}. Returns once the clock has passed the
   * target and everything due up to it has happened at its time: timers fired, delayed and cron
   * runs started, schedule actions taken, and the workflow tasks they caused completed.
   *
   * @param duration how far to move; zero only waits for what is due now
   * @throws IllegalArgumentException when the duration is negative
   * @throws IllegalStateException when a workflow task stays pending for 10 seconds (no worker
   *     polls its queue), naming the workflow
   */
  public void skip(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "Cannot skip "
              + duration
              + ": the server's clock only moves forward, so the duration must be zero or more.");
    }
    Instant target = now().plus(duration);
    // Our own lock keeps time still while due work settles, even while a client waiting for a
    // result lets it skip; each sleep releases it, and the server takes it again at the stop.
    this.calls.lock();
    try {
      while (true) {
        Instant now = now();
        @Nullable Instant next = settle(now).next();
        if (now.isAfter(target)) {
          return;
        }
        // One millisecond past the due time: what falls due then has fired when the sleep ends.
        Instant stop = ((next == null || next.isAfter(target)) ? target : next).plusMillis(1);
        this.waiters.begin(); // releases the lock the server keeps while nobody waits
        try {
          this.calls.unlockAndSleep(Duration.between(now, stop));
        } finally {
          this.waiters.end();
        }
      }
    } finally {
      this.calls.unlock();
    }
  }

  private DueWork settle(Instant now) {
    long deadline = System.nanoTime() + this.settleTimeout.toNanos();
    while (true) {
      DueWork work = DueWork.observe(this.workflowStubs.blockingStub(), this.namespaces.get(), now);
      if (work.busy().isEmpty()) {
        return work;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Cannot move the embedded server's clock past "
                + now
                + ": work due then did not finish within "
                + this.settleTimeout.toSeconds()
                + " seconds: "
                + String.join("; ", work.busy()));
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while the embedded server's clock moved", ex);
      }
    }
  }

  @Override
  public void close() {
    this.workflowStubs.shutdownNow();
  }
}
