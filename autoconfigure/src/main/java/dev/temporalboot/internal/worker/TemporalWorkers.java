package dev.temporalboot.internal.worker;

import dev.temporalboot.internal.worker.slots.InFlightCounting;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * The running workers of the {@link WorkerPlan}: starts them last, after the context is refreshed,
 * suspends and resumes their polling, and stops them first, draining in-flight tasks.
 */
public class TemporalWorkers implements SmartLifecycle, DisposableBean {

  /**
   * Between the web server's graceful shutdown (DEFAULT_PHASE - 1024) and the web server itself
   * (DEFAULT_PHASE - 2048): workers start after the web server, and on close HTTP requests drain
   * first (one may wait for a workflow that needs the workers), then the workers drain.
   */
  public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;

  private static final Logger logger = LoggerFactory.getLogger(TemporalWorkers.class);

  private final WorkerFactory factory;

  private final WorkerAssembly assembly;

  private final Duration gracePeriod;

  private final WorkerStarter starter;

  private volatile boolean running;

  /**
   * Creates the registry.
   *
   * @param factory the SDK worker factory the assembly registered the workers on
   * @param assembly the assembly, whose plan says which workers exist
   * @param gracePeriod how long in-flight tasks may run on at shutdown
   */
  public TemporalWorkers(WorkerFactory factory, WorkerAssembly assembly, Duration gracePeriod) {
    this.factory = factory;
    this.assembly = assembly;
    this.gracePeriod = gracePeriod;
    this.starter = new WorkerStarter(factory);
  }

  /**
   * Returns the state of the worker polling a task queue.
   *
   * @param taskQueue the task queue
   * @return its state, or empty when no worker polls it
   */
  public Optional<WorkerState> getState(String taskQueue) {
    Worker worker = this.factory.tryGetWorker(taskQueue);
    if (worker == null) {
      return Optional.empty();
    }
    if (!this.factory.isStarted() || this.factory.isShutdown()) {
      return Optional.of(WorkerState.STOPPED);
    }
    return Optional.of(worker.isSuspended() ? WorkerState.SUSPENDED : WorkerState.RUNNING);
  }

  /**
   * Pauses polling on a task queue; tasks already running carry on.
   *
   * @param taskQueue the task queue
   * @return false when no worker polls that queue
   */
  public boolean suspend(String taskQueue) {
    Worker worker = this.factory.tryGetWorker(taskQueue);
    if (worker == null) {
      return false;
    }
    worker.suspendPolling();
    return true;
  }

  /**
   * Resumes polling on a task queue paused with {@link #suspend(String)}.
   *
   * @param taskQueue the task queue
   * @return false when no worker polls that queue
   */
  public boolean resume(String taskQueue) {
    Worker worker = this.factory.tryGetWorker(taskQueue);
    if (worker == null) {
      return false;
    }
    worker.resumePolling();
    return true;
  }

  @Override
  public void start() {
    WorkerPlan plan = this.assembly.plan();
    List<String> taskQueues = plan.taskQueues();
    String where = plan.isPrimary() ? "" : " of namespace " + plan.namespace().describe();
    if (taskQueues.isEmpty()) {
      logger.info(
          "No Temporal workers to start{}: no @WorkflowImpl, @ActivityImpl or worker entry", where);
    } else {
      this.starter.start(where);
      logger.info("Temporal workers{} started on {} task queue(s)", where, taskQueues.size());
    }
    this.running = true;
  }

  /**
   * Drains synchronously, bounded by the grace period, so that the context's own per-phase timeout
   * cannot cut the drain short and close the client under running activities.
   */
  @Override
  public void stop() {
    this.running = false;
    this.starter.cancelRetries();
    if (this.assembly.plan().workers().isEmpty() || this.factory.isShutdown()) {
      return;
    }
    if (!this.starter.hasStarted()) {
      // The server never answered, so nothing polled and nothing is in flight: no grace to wait.
      logger.info("Stopping Temporal workers, which never reached the server");
      UnreachableServerShutdown.run(this.factory::shutdownNow);
      return;
    }
    Duration grace = this.gracePeriod;
    logger.info("Stopping Temporal workers; in-flight tasks get up to {}", grace);
    UnreachableServerShutdown.run(this.factory::shutdown);
    List<String> taskQueues = this.assembly.plan().taskQueues();
    WorkerDrain.Outcome outcome =
        WorkerDrain.await(
            this.factory,
            () -> InFlightCounting.tasksInFlight(this.factory, taskQueues),
            this.assembly.serviceStubs().getRawChannel(),
            grace);
    switch (outcome) {
      case DRAINED -> logger.debug("Temporal workers stopped");
      case IDLE_WITH_SERVER_UNREACHABLE -> {
        logger.info(
            "Temporal server unreachable and no task in flight; interrupting the pollers that"
                + " wait to retry it");
        interruptRemaining();
      }
      case GRACE_EXPIRED -> {
        logger.warn("Temporal workers still busy after {}; interrupting remaining tasks", grace);
        interruptRemaining();
      }
    }
  }

  private void interruptRemaining() {
    UnreachableServerShutdown.run(this.factory::shutdownNow);
    this.factory.awaitTermination(5, TimeUnit.SECONDS);
  }

  /**
   * Shuts the factory down when the context closes, also when no worker ever ran: the factory's own
   * {@code shutdown()} would throw while the server is unreachable (see {@link
   * UnreachableServerShutdown}), so the wiring leaves it to this bean.
   */
  @Override
  public void destroy() {
    if (!this.factory.isShutdown()) {
      UnreachableServerShutdown.run(this.factory::shutdownNow);
    }
  }

  @Override
  public boolean isRunning() {
    return this.running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  /**
   * Not pausable: an SDK worker factory cannot start again once shut down, so a paused context
   * (such as a cached test context) keeps its workers, and only closing the context stops them.
   */
  @Override
  public boolean isPauseable() {
    return false;
  }
}
