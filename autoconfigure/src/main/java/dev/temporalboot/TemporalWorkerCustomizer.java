package dev.temporalboot;

import io.temporal.worker.WorkerOptions;

/**
 * Callback that customizes the options of one worker, knowing the task queue it polls.
 *
 * <p>Declare beans of it to treat queues differently, for example to make one queue's worker run
 * local activities only:
 *
 * <pre>{@code
 * @Bean
 * TemporalWorkerCustomizer localActivitiesOnly() {
 *   return (taskQueue, options) -> {
 *     if (taskQueue.equals("edge")) {
 *       options.setLocalActivityWorkerOnly(true);
 *     }
 *   };
 * }
 * }</pre>
 *
 * <p>It runs once for each worker the starter creates, after the worker's {@code temporal.workers}
 * entry and after the {@code TemporalCustomizer<WorkerOptions.Builder>} beans, which apply to every
 * worker alike; several of them run in {@code @Order}. An SDK {@code WorkerPlugin}'s {@code
 * configureWorker} runs later, when the SDK creates the worker from these options.
 */
@FunctionalInterface
public interface TemporalWorkerCustomizer {

  /**
   * Customizes the options of the worker polling a task queue.
   *
   * @param taskQueue the task queue the worker polls, with placeholders resolved
   * @param options the worker's options builder, with the YAML and the {@code
   *     TemporalCustomizer<WorkerOptions.Builder>} beans already applied
   */
  void customize(String taskQueue, WorkerOptions.Builder options);
}
