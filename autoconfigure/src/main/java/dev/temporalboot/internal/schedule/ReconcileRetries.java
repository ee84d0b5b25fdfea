package dev.temporalboot.internal.schedule;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles the schedules at start-up, and, as the workers retry their start, again in the
 * background every few seconds while the server does not answer, until every schedule is
 * reconciled. A refusal at start-up fails it naming the schedule; one in the background is logged.
 */
final class ReconcileRetries {

  private static final Logger logger = LoggerFactory.getLogger(ReconcileRetries.class);

  private final ScheduleReconciler reconciler;

  private final List<ScheduleRun> runs;

  private final Duration interval;

  private @Nullable ScheduledExecutorService executor;

  ReconcileRetries(ScheduleReconciler reconciler, Collection<ScheduleRun> runs, Duration interval) {
    this.reconciler = reconciler;
    this.runs = List.copyOf(runs);
    this.interval = interval;
  }

  synchronized void firstPass() {
    StatusRuntimeException unreachable = pass(true);
    if (unreachable == null) {
      return;
    }
    logger.warn(
        "Temporal service unreachable ({}); schedules will be reconciled once it answers,"
            + " retrying every {}s",
        unreachable.getStatus(),
        this.interval.toSeconds());
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            (runnable) -> {
              Thread thread = new Thread(runnable, "temporal-schedule-reconciler");
              thread.setDaemon(true);
              return thread;
            });
    this.executor = executor;
    long millis = this.interval.toMillis();
    executor.scheduleWithFixedDelay(this::retry, millis, millis, TimeUnit.MILLISECONDS);
  }

  synchronized void cancel() {
    ScheduledExecutorService executor = this.executor;
    if (executor != null) {
      executor.shutdownNow();
      this.executor = null;
    }
  }

  private synchronized void retry() {
    if (this.executor == null) {
      return;
    }
    if (pass(false) == null) {
      logger.info("Temporal service answered; schedules reconciled");
      cancel();
    }
  }

  /** Reconciles the pending schedules; returns the error that stopped it when unreachable. */
  private @Nullable StatusRuntimeException pass(boolean startup) {
    for (ScheduleRun run : this.runs) {
      if (run.outcome() != ScheduleOutcome.PENDING) {
        continue;
      }
      try {
        run.outcome(this.reconciler.reconcile(run.schedule()));
      } catch (RuntimeException ex) {
        StatusRuntimeException status = ScheduleReconciler.status(ex);
        if (status != null && isUnreachable(status)) {
          return status;
        }
        String prefix = run.schedule().declaration().prefix();
        if (startup) {
          throw new InvalidTemporalPropertyException(
              prefix,
              "the server refused schedule '" + run.schedule().id() + "': " + ex.getMessage(),
              "Fix the schedule's values, or the permissions of this application's identity.",
              ex);
        }
        logger.error("The server refused schedule '{}' ({})", run.schedule().id(), prefix, ex);
        run.outcome(ScheduleOutcome.FAILED);
      }
    }
    return null;
  }

  private static boolean isUnreachable(StatusRuntimeException ex) {
    Status.Code code = ex.getStatus().getCode();
    return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
  }
}
