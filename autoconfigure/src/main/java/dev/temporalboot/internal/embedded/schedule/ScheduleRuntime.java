package dev.temporalboot.internal.embedded.schedule;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.api.testservice.v1.TestServiceGrpc;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs the schedules on one daemon thread: API calls, wake-ups of the clock and closes of started
 * workflows all happen there, one after another, so a schedule's state needs no locking.
 */
final class ScheduleRuntime implements AutoCloseable {

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          (task) -> {
            Thread runtime = new Thread(task, "temporal-schedules");
            runtime.setDaemon(true);
            return runtime;
          });

  private final ScheduleStore schedules = new ScheduleStore();

  private final WorkflowActions actions;

  private final ScheduleStarts starts;

  private final ScheduleClock clock;

  ScheduleRuntime(WorkflowActions actions, TestServiceGrpc.TestServiceImplBase testService) {
    this.actions = actions;
    this.starts = new ScheduleStarts(actions);
    this.clock = new ScheduleClock(testService, this::execute, this::wake);
  }

  /** The schedules; only to be used on the runtime's thread, in {@link #call}. */
  ScheduleStore schedules() {
    return this.schedules;
  }

  /**
   * Runs work on the runtime's thread with the server's current time, then advances the schedules
   * and arranges the next wake-up.
   *
   * @throws StatusRuntimeException as the work throws it
   */
  <T> T call(Function<Instant, T> work) {
    Future<T> result;
    try {
      result = submit(work);
    } catch (RejectedExecutionException ex) {
      throw Status.UNAVAILABLE
          .withDescription("The embedded server is closing")
          .asRuntimeException();
    }
    try {
      return result.get();
    } catch (CancellationException ex) {
      throw Status.UNAVAILABLE
          .withDescription("The embedded server is closing")
          .asRuntimeException();
    } catch (ExecutionException ex) {
      if (ex.getCause() instanceof StatusRuntimeException status) {
        throw status;
      }
      throw Status.INTERNAL
          .withCause(ex.getCause())
          .withDescription(String.valueOf(ex.getCause()))
          .asRuntimeException();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw Status.CANCELLED.withCause(ex).asRuntimeException();
    }
  }

  private <T> Future<T> submit(Function<Instant, T> work) {
    return this.thread.submit(
        () -> {
          this.clock.hold(); // time stands still while the schedules change
          try {
            // time up to now passes under the schedule as it was, as on a real cluster
            Instant now = this.clock.now();
            advance(now);
            return work.apply(now);
          } finally {
            advanceAll();
          }
        });
  }

  /** Starts what the buffer lets start, watching each started workflow for its close. */
  void drain(ScheduleEntry schedule, Instant now) {
    this.starts.drain(
        schedule,
        now,
        (execution) ->
            this.actions.watch(
                schedule.namespace,
                execution,
                (close) ->
                    execute(
                        () -> {
                          this.clock.hold();
                          try {
                            if (this.schedules.find(schedule.namespace, schedule.id) == schedule) {
                              this.starts.closed(schedule, execution.getWorkflowId(), close);
                            }
                          } finally {
                            advanceAll();
                          }
                        })));
  }

  /** Runs a task on the runtime's thread, unless the runtime has closed. */
  private void execute(Runnable task) {
    try {
      this.thread.execute(task);
    } catch (RejectedExecutionException ex) {
      // closed: nothing more to run
    }
  }

  private void wake() {
    advanceAll();
  }

  private void advanceAll() {
    Instant wake = null;
    try {
      wake = advance(this.clock.now());
    } finally {
      this.clock.sleepUntil(wake);
    }
  }

  /** Buffers and starts what is due; returns when the clock must wake the runtime next. */
  private @Nullable Instant advance(Instant now) {
    Instant wake = null;
    for (ScheduleEntry schedule : this.schedules.all()) {
      Instant start = schedule.lastProcessed;
      Instant end = now.isBefore(start) ? start : now;
      schedule.lastProcessed =
          ScheduleTimeline.process(
              schedule,
              start,
              end,
              ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_UNSPECIFIED,
              false);
      drain(schedule, now);
      Instant next = ScheduleTimeline.nextWakeUp(schedule);
      Instant expiry = ScheduleTimeline.retentionExpiry(schedule, next);
      if (expiry != null && !expiry.isAfter(now)) {
        this.schedules.remove(
            schedule); // done and idle for the retention time: a real cluster ends it
        continue;
      }
      wake = earliest(earliest(wake, next), expiry);
    }
    return wake;
  }

  private static @Nullable Instant earliest(@Nullable Instant one, @Nullable Instant other) {
    if (one == null) {
      return other;
    }
    return other == null || one.isBefore(other) ? one : other;
  }

  @Override
  public void close() {
    this.clock.close();
    for (Runnable never : this.thread.shutdownNow()) {
      if (never instanceof Future<?> call) {
        call.cancel(false); // its caller waits for it
      }
    }
    try {
      this.thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }
}
