package dev.temporalboot.worker;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.activity.ActivityOptionsCatalog;
import dev.temporalboot.activity.ActivityOptionsLayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Owns every worker of the application. Once all singletons exist it plans and registers the
 * workers (so a misconfiguration fails startup before anything polls); it starts them last, after
 * the context is refreshed, and stops them first, draining in-flight tasks.
 */
public class TemporalWorkers implements SmartInitializingSingleton, SmartLifecycle, DisposableBean {

  /**
   * Between the web server's graceful shutdown (DEFAULT_PHASE - 1024) and the web server itself
   * (DEFAULT_PHASE - 2048): workers start after the web server, and on close HTTP requests drain
   * first (one may wait for a workflow that needs the workers), then the workers drain.
   */
  public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;

  private static final Logger logger = LoggerFactory.getLogger(TemporalWorkers.class);

  private final WorkerFactory factory;

  private final Settings settings;

  private final ConfigurableListableBeanFactory beanFactory;

  private final WorkerStarter starter;

  private @Nullable WorkerAssembly assembly;

  private volatile boolean running;

  /**
   * Creates the registry.
   *
   * @param factory the SDK worker factory
   * @param settings what to register and how to shut down
   * @param beanFactory the application's bean factory
   */
  public TemporalWorkers(
      WorkerFactory factory, Settings settings, ConfigurableListableBeanFactory beanFactory) {
    this.factory = factory;
    this.settings = settings;
    this.beanFactory = beanFactory;
    this.starter = new WorkerStarter(factory);
  }

  @Override
  public void afterSingletonsInstantiated() {
    this.assembly = WorkerAssembly.assemble(this.factory, this.settings, this.beanFactory);
  }

  /**
   * Registers a workflow implementation on another SDK worker the way Temporal Boot registers it on
   * its own: per-execution instances with constructor injection, activity stubs and their options.
   * Used to replay recorded histories against the current code.
   *
   * @param worker a worker, typically of a replay-only environment
   * @param implementation the workflow implementation class
   */
  public void registerWorkflowImplementation(Worker worker, Class<?> implementation) {
    if (this.assembly == null) {
      throw new IllegalStateException("Temporal workers are not initialized yet");
    }
    this.assembly.registrar().registerWorkflow(worker, implementation);
  }

  /**
   * Returns the checked {@code temporal.activities} options.
   *
   * @return the activity options catalog
   */
  public ActivityOptionsCatalog getActivityOptions() {
    return (this.assembly != null)
        ? this.assembly.activityOptions()
        : new ActivityOptionsCatalog(Map.of(), List.of(), getClass().getClassLoader());
  }

  /**
   * Returns what each worker runs.
   *
   * @return the worker definitions, one per task queue
   */
  public List<WorkerDefinition> getDefinitions() {
    return (this.assembly != null) ? this.assembly.definitions() : List.of();
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
    if (getDefinitions().isEmpty()) {
      logger.info(
          "No Temporal workers to start: no @WorkflowImpl, @ActivityImpl or temporal.workers");
    } else {
      this.starter.start();
      logger.info("Temporal workers started on {} task queue(s)", getDefinitions().size());
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
    if (getDefinitions().isEmpty() || this.factory.isShutdown()) {
      return;
    }
    if (!this.starter.hasStarted()) {
      // The server never answered, so nothing polled and nothing is in flight: no grace to wait.
      logger.info("Stopping Temporal workers, which never reached the server");
      UnreachableServerShutdown.run(this.factory::shutdownNow);
      return;
    }
    Duration grace = this.settings.gracePeriod();
    logger.info("Stopping Temporal workers; in-flight tasks get up to {}", grace);
    UnreachableServerShutdown.run(this.factory::shutdown);
    this.factory.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    if (!this.factory.isTerminated()) {
      logger.warn("Temporal workers still busy after {}; interrupting remaining tasks", grace);
      UnreachableServerShutdown.run(this.factory::shutdownNow);
      this.factory.awaitTermination(5, TimeUnit.SECONDS);
    }
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

  /**
   * What the registry needs from the application.
   *
   * @param workers the workers the configuration declares
   * @param defaultWorkerOptions the options of a worker whose queue only annotations name
   * @param activities the YAML activity stub options, by their {@code temporal.activities} key
   * @param packages packages to scan for {@code @WorkflowImpl} classes
   * @param gracePeriod how long in-flight tasks may run on at shutdown
   * @param environment resolves placeholders in task queue names
   * @param resourceLoader the application's resource loader and class loader
   * @param workerCustomizers customizers of every worker's options
   * @param implementationCustomizers customizers of every workflow implementation's options
   * @param declarations the activity beans as declared, before any test replaced them
   */
  public record Settings(
      List<WorkerDeclaration> workers,
      WorkerOptionsPlan defaultWorkerOptions,
      Map<String, ActivityOptionsLayer> activities,
      List<String> packages,
      Duration gracePeriod,
      Environment environment,
      ResourceLoader resourceLoader,
      List<TemporalCustomizer<WorkerOptions.Builder>> workerCustomizers,
      List<TemporalCustomizer<WorkflowImplementationOptions.Builder>> implementationCustomizers,
      ActivityImplDeclarations declarations) {}
}
