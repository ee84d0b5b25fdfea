package dev.temporalboot.internal.worker;

import io.temporal.worker.WorkerOptions;

/**
 * The options of one worker, made in two steps so that the application's customizers run between
 * them: the configuration first, then what the configuration says once the customizers are done.
 */
public interface WorkerOptionsPlan {

  /**
   * Returns a new builder with the configuration applied, after checking it.
   *
   * @return the builder, for the customizers
   */
  WorkerOptions.Builder start();

  /**
   * Returns the options to build the worker with.
   *
   * @param customized the builder from {@link #start()} after every customizer
   * @return the options
   */
  WorkerOptions finish(WorkerOptions.Builder customized);
}
