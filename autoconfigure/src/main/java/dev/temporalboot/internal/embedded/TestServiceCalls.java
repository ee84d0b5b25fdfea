package dev.temporalboot.internal.embedded;

import com.google.protobuf.Empty;
import com.google.protobuf.util.Durations;
import io.grpc.stub.StreamObserver;
import io.temporal.api.testservice.v1.LockTimeSkippingRequest;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.api.testservice.v1.TestServiceGrpc.TestServiceImplBase;
import io.temporal.api.testservice.v1.UnlockTimeSkippingRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** The test service's clock calls, made in-process: each completes before it returns. */
final class TestServiceCalls {

  private final TestServiceImplBase testService;

  TestServiceCalls(TestServiceImplBase testService) {
    this.testService = testService;
  }

  /** Returns the server's current time. */
  Instant now() {
    Instant[] now = {Instant.EPOCH};
    this.testService.getCurrentTime(
        Empty.getDefaultInstance(),
        observer((response) -> now[0] = WorkflowHistoryDue.instant(response.getTime())));
    return now[0];
  }

  /** Takes one time-skipping lock. */
  void lock() {
    this.testService.lockTimeSkipping(
        LockTimeSkippingRequest.getDefaultInstance(), observer((response) -> {}));
  }

  /** Releases one time-skipping lock. */
  void unlock() {
    this.testService.unlockTimeSkipping(
        UnlockTimeSkippingRequest.getDefaultInstance(), observer((response) -> {}));
  }

  /**
   * Releases one lock and blocks until the server's clock has moved by {@code duration}, when the
   * server takes the lock again (inside its timer task, so time cannot run past).
   */
  void unlockAndSleep(Duration duration) {
    this.testService.unlockTimeSkippingWithSleep(
        SleepRequest.newBuilder()
            .setDuration(Durations.fromNanos(Math.max(duration.toNanos(), 1)))
            .build(),
        observer((response) -> {}));
  }

  private static <T> StreamObserver<T> observer(Consumer<T> onNext) {
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
