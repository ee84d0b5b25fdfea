package dev.temporalboot.internal.worker;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import io.temporal.worker.TypeAlreadyRegisteredException;

/** The start-up errors of creating a worker, each naming the task queue and what failed on it. */
final class RegistrationErrors {

  private RegistrationErrors() {}

  static InvalidTemporalComponentException customizerFailed(
      String beanName, String taskQueue, RuntimeException ex) {
    return new InvalidTemporalComponentException(
        "TemporalWorkerCustomizer bean '" + beanName + "'",
        "it failed on the worker of task queue '" + taskQueue + "': " + ex,
        "Fix the customizer for task queue '" + taskQueue + "', or remove the bean.",
        ex);
  }

  static InvalidTemporalComponentException workerRefused(String taskQueue, RuntimeException ex) {
    return new InvalidTemporalComponentException(
        "the worker of task queue '" + taskQueue + "'",
        "the SDK did not create it: " + ex,
        "Check its options (its temporal.workers entry and the worker customizers) and the"
            + " WorkerPlugin beans, whose configureWorker and initializeWorker run when the SDK"
            + " creates a worker.",
        ex);
  }

  /** A type that a WorkerPlugin's initializeWorker registered before the starter did. */
  static InvalidTemporalComponentException registeredTwice(
      String taskQueue, String kind, String registration, TypeAlreadyRegisteredException ex) {
    return new InvalidTemporalComponentException(
        registration,
        "the "
            + kind
            + " type '"
            + ex.getRegisteredTypeName()
            + "' is already registered on the worker of task queue '"
            + taskQueue
            + "', by a WorkerPlugin's initializeWorker, which runs when the worker is created.",
        "Register it once: in the plugin, or through @WorkflowImpl, @ActivityImpl or"
            + " temporal.workers, not both.",
        ex);
  }
}
