package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.Empty;
import com.google.protobuf.util.Durations;
import io.grpc.stub.StreamObserver;
import io.temporal.api.testservice.v1.GetCurrentTimeResponse;
import io.temporal.api.testservice.v1.LockTimeSkippingRequest;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.api.testservice.v1.TestServiceGrpc;
import io.temporal.api.testservice.v1.UnlockTimeSkippingRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The embedded server's clock, as the schedules see it: the current server time, and wake-ups at a
 * server time that time skipping cannot run past. The runtime holds a time-skipping lock while it
 * changes schedules ({@link #hold}) and when a wake-up comes; {@link #sleepUntil} then spends one
 * on the next wake-up and releases the rest. A wake-up is a sleeper thread in the test service's
 * {@code unlockTimeSkippingWithSleep}, which releases its lock and takes it again inside the
 * server's timer task when the time comes. A sleeper cannot be cancelled, so an earlier wake-up
 * adds another sleeper, and a stale one merely wakes the runtime for nothing. Everything but the
 * sleeper threads runs on the runtime's thread.
 */
final class ScheduleClock implements AutoCloseable {

  private final TestServiceGrpc.TestServiceImplBase testService;

  private final Executor runtime;

  private final Runnable onWake;

  private final NavigableSet<Instant> sleeping = new TreeSet<>();

  private final Set<Thread> sleepers = ConcurrentHashMap.newKeySet();

  private int held;

  private volatile boolean closed;

  ScheduleClock(
      TestServiceGrpc.TestServiceImplBase testService, Executor runtime, Runnable onWake) {
    this.testService = testService;
    this.runtime = runtime;
    this.onWake = onWake;
  }

  /** Returns the server's current time. */
  Instant now() {
    Instant[] now = {Instant.EPOCH};
    this.testService.getCurrentTime(
        Empty.getDefaultInstance(),
        observer(
            (GetCurrentTimeResponse response) ->
                now[0] = ScheduleEntry.instant(response.getTime())));
    return now[0];
  }

  /** Stops time skipping until the next {@link #sleepUntil}, so that time cannot pass a change. */
  void hold() {
    if (!this.closed) {
      this.testService.lockTimeSkipping(
          LockTimeSkippingRequest.getDefaultInstance(), observer((r) -> {}));
      this.held++;
    }
  }

  /**
   * Arranges the next wake-up and releases the locks the runtime holds.
   *
   * @param at the server time to wake at, or null when nothing waits for the clock
   */
  void sleepUntil(@Nullable Instant at) {
    if (this.closed) {
      return;
    }
    if (at != null && (this.sleeping.isEmpty() || this.sleeping.first().isAfter(at))) {
      if (this.held == 0) {
        this.testService.lockTimeSkipping(
            LockTimeSkippingRequest.getDefaultInstance(), observer((r) -> {}));
        this.held++;
      }
      this.held--; // the sleeper releases it, and takes it again at the time
      startSleeper(at);
    }
    while (this.held > 0) {
      this.testService.unlockTimeSkipping(
          UnlockTimeSkippingRequest.getDefaultInstance(), observer((r) -> {}));
      this.held--;
    }
  }

  private void startSleeper(Instant at) {
    this.sleeping.add(at);
    Duration wait = Duration.between(now(), at);
    SleepRequest request =
        SleepRequest.newBuilder()
            .setDuration(Durations.fromMillis(Math.max(0, wait.toMillis()) + 1))
            .build();
    Thread sleeper =
        new Thread(
            () -> {
              boolean locked = false;
              try {
                this.testService.unlockTimeSkippingWithSleep(request, observer((r) -> {}));
                locked = true;
              } catch (RuntimeException ex) {
                // interrupted because the server is closing, or failed: holds no lock then
              } finally {
                this.sleepers.remove(Thread.currentThread());
              }
              if (!this.closed) {
                boolean held = locked;
                this.runtime.execute(() -> woke(at, held));
              }
            },
            "temporal-schedule-clock");
    sleeper.setDaemon(true);
    this.sleepers.add(sleeper);
    sleeper.start();
  }

  private void woke(Instant at, boolean locked) {
    this.sleeping.remove(at);
    if (locked) {
      this.held++;
    }
    this.onWake.run();
  }

  @Override
  public void close() {
    this.closed = true;
    this.sleepers.forEach(Thread::interrupt);
  }

  private static <T> StreamObserver<T> observer(java.util.function.Consumer<T> onNext) {
    return new StreamObserver<>() {
      @Override
      public void onNext(T value) {
        onNext.accept(value);
      }

      @Override
      public void onError(Throwable failure) {
        throw new IllegalStateException("The test service failed", failure);
      }

      @Override
      public void onCompleted() {}
    };
  }
}
