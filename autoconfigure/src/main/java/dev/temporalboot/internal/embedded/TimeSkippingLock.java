package dev.temporalboot.internal.embedded;

import io.temporal.api.testservice.v1.LockTimeSkippingRequest;
import io.temporal.api.testservice.v1.UnlockTimeSkippingRequest;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import java.io.Closeable;

/**
 * Lets the embedded server skip time only while at least one caller waits for a workflow result.
 * The server starts locked; the first waiter unlocks it and the last one locks it again, so cron
 * schedules and timers never race ahead while nobody waits, and activities run in real time.
 */
public final class TimeSkippingLock implements Closeable {

  private final TestServiceStubs stubs;

  private int waiters;

  TimeSkippingLock(String target) {
    this.stubs =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder().setTarget(target).validateAndBuildWithDefaults());
  }

  /** Marks the start of a wait; the first one lets time skip. */
  public synchronized void beginWait() {
    if (this.waiters++ == 0) {
      this.stubs.blockingStub().unlockTimeSkipping(UnlockTimeSkippingRequest.getDefaultInstance());
    }
  }

  /** Marks the end of a wait; the last one stops time skipping. */
  public synchronized void endWait() {
    if (--this.waiters == 0) {
      this.stubs.blockingStub().lockTimeSkipping(LockTimeSkippingRequest.getDefaultInstance());
    }
  }

  @Override
  public void close() {
    this.stubs.shutdownNow();
  }
}
