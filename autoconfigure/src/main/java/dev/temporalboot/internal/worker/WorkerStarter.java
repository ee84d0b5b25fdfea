package dev.temporalboot.internal.worker;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.worker.WorkerFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the worker factory. The SDK checks the namespace on start, so while the server is
 * unreachable the start is retried in the background and polling begins once it answers.
 */
final class WorkerStarter {

  static final long RETRY_SECONDS = 5;

  private static final Logger logger = LoggerFactory.getLogger(WorkerStarter.class);

  private final WorkerFactory factory;

  private @Nullable ScheduledExecutorService retries;

  private int attempts;

  private boolean started;

  /** Which workers these are in logs: empty for the primary namespace's. */
  private String where = "";

  WorkerStarter(WorkerFactory factory) {
    this.factory = factory;
  }

  /**
   * Starts the workers, or retries in the background while the server is unreachable.
   *
   * @param where which workers these are in logs, e.g. " of namespace 'billing'"; empty for the
   *     primary namespace's
   */
  synchronized void start(String where) {
    this.where = where;
    try {
      this.factory.start();
      this.started = true;
    } catch (StatusRuntimeException ex) {
      if (!isUnreachable(ex)) {
        throw rejected(ex);
      }
      logger.warn(
          "Temporal service unreachable ({}); workers{} will start polling once it answers,"
              + " retrying every {}s",
          ex.getStatus(),
          this.where,
          RETRY_SECONDS);
      this.retries =
          Executors.newSingleThreadScheduledExecutor(
              (runnable) -> {
                Thread thread = new Thread(runnable, "temporal-worker-starter");
                thread.setDaemon(true);
                return thread;
              });
      this.retries.scheduleWithFixedDelay(
          this::retry, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }
  }

  /** Whether the workers ever started, so that they may have tasks in flight. */
  synchronized boolean hasStarted() {
    return this.started;
  }

  synchronized void cancelRetries() {
    if (this.retries != null) {
      this.retries.shutdownNow();
      this.retries = null;
    }
  }

  private synchronized void retry() {
    if (this.retries == null || this.factory.isShutdown()) {
      return;
    }
    this.attempts++;
    try {
      this.factory.start();
      this.started = true;
      logger.info(
          "Temporal service answered; workers{} polling after {} retries",
          this.where,
          this.attempts);
      cancelRetries();
    } catch (RuntimeException ex) {
      logger.debug(
          "Temporal service still unreachable (attempt {}): {}", this.attempts, ex.toString());
    }
  }

  private static boolean isUnreachable(StatusRuntimeException ex) {
    Status.Code code = ex.getStatus().getCode();
    return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
  }

  private static RuntimeException rejected(StatusRuntimeException ex) {
    Status.Code code = ex.getStatus().getCode();
    if (code == Status.Code.NOT_FOUND) {
      return new InvalidTemporalPropertyException(
          "temporal.connection.namespace",
          "the server answered that the namespace does not exist: "
              + ex.getStatus().getDescription(),
          "Create the namespace on the server (temporal operator namespace create) or fix the name.",
          ex);
    }
    if (code == Status.Code.UNAUTHENTICATED || code == Status.Code.PERMISSION_DENIED) {
      return new InvalidTemporalPropertyException(
          "temporal.connection.api-key",
          "the server refused the workers: " + ex.getStatus(),
          "Check the API key or client certificate, and that it grants access to the namespace.",
          ex);
    }
    return ex;
  }
}
