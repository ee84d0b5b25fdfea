package dev.temporalboot.internal.embedded;

import com.google.protobuf.Empty;
import com.google.protobuf.util.Durations;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
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

  private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);

  private static final long POLL_MILLIS = 5;

  private final Supplier<List<String>> namespaces;

  private final WorkflowServiceStubs workflowStubs;

  private final TestServiceStubs testStubs;

  EmbeddedClock(String target, Supplier<List<String>> namespaces) {
    this.namespaces = namespaces;
    this.workflowStubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    this.testStubs =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder().setTarget(target).validateAndBuildWithDefaults());
  }

  /**
   * Returns the server's current time.
   *
   * @return the time workflows on the server see
   */
  public Instant now() {
    return WorkflowHistoryDue.instant(
        this.testStubs.blockingStub().getCurrentTime(Empty.getDefaultInstance()).getTime());
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
    while (true) {
      Instant now = now();
      @Nullable Instant next = settle(now).next();
      if (now.isAfter(target)) {
        return;
      }
      // One millisecond past the due time: what falls due then has fired when the sleep ends.
      Instant stop = ((next == null || next.isAfter(target)) ? target : next).plusMillis(1);
      sleep(Duration.between(now, stop));
    }
  }

  private DueWork settle(Instant now) {
    long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
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
                + SETTLE_TIMEOUT.toSeconds()
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

  /** Lets time skip until the server time {@code duration} from now, when it locks again. */
  private void sleep(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    this.testStubs
        .blockingStub()
        .unlockTimeSkippingWithSleep(
            SleepRequest.newBuilder().setDuration(Durations.fromNanos(duration.toNanos())).build());
  }

  @Override
  public void close() {
    this.workflowStubs.shutdownNow();
    this.testStubs.shutdownNow();
  }
}
