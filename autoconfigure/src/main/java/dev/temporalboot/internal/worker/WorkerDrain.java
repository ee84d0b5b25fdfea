package dev.temporalboot.internal.worker;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Waits, after a graceful shutdown of a factory, for its workers to finish their tasks. While the
 * server is unreachable the SDK also waits for pollers that sleep out a retry backoff, which grows
 * to a minute, before they notice the stop. Once no task is in flight and the channel is not
 * connected, no poll can bring a task in, so there is nothing left to wait for.
 */
final class WorkerDrain {

  /** How often the drain looks at the tasks in flight and the channel. */
  static final Duration CHECK_INTERVAL = Duration.ofMillis(100);

  /** Consecutive checks that must find the workers idle and the server gone. */
  private static final int IDLE_CHECKS = 2;

  /** How a drain ended. */
  enum Outcome {
    /** Every worker stopped. */
    DRAINED,
    /** No task in flight, and only pollers waiting for an unreachable server are left. */
    IDLE_WITH_SERVER_UNREACHABLE,
    /** The grace period ran out with work left. */
    GRACE_EXPIRED
  }

  private WorkerDrain() {}

  /**
   * Waits for the workers of a factory that was shut down.
   *
   * @param factory the factory, after {@code shutdown()}
   * @param inFlight the tasks its workers hold, empty when they are not counted
   * @param channel the channel its workers poll through
   * @param grace how long to wait at most
   * @return how the wait ended
   */
  static Outcome await(
      WorkerFactory factory,
      Supplier<OptionalInt> inFlight,
      ManagedChannel channel,
      Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    int idleChecks = 0;
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return factory.isTerminated() ? Outcome.DRAINED : Outcome.GRACE_EXPIRED;
      }
      factory.awaitTermination(Math.min(left, CHECK_INTERVAL.toNanos()), TimeUnit.NANOSECONDS);
      if (factory.isTerminated()) {
        return Outcome.DRAINED;
      }
      boolean idleAndUnreachable =
          channel.getState(false) != ConnectivityState.READY
              && inFlight.get().equals(OptionalInt.of(0));
      idleChecks = idleAndUnreachable ? idleChecks + 1 : 0;
      if (idleChecks >= IDLE_CHECKS) {
        return Outcome.IDLE_WITH_SERVER_UNREACHABLE;
      }
    }
  }
}
