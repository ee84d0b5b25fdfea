package dev.temporalboot.internal.worker;

import io.temporal.worker.Worker;

/**
 * Registers a workflow implementation on an SDK worker the way the application's workers register
 * it: a new instance per execution, constructor injection, activity stubs with their options.
 */
@FunctionalInterface
public interface WorkflowRegistrar {

  /**
   * Registers the implementation on the worker.
   *
   * @param worker a worker, typically of a replay-only environment
   * @param implementation the workflow implementation class
   */
  void register(Worker worker, Class<?> implementation);
}
