package dev.temporalboot.internal.worker;

import dev.temporalboot.internal.activity.ActivityOptionsCatalog;
import java.util.List;
import java.util.Map;

/**
 * What the application's workers run, fixed once assembled: the registry, the typed clients, the
 * actuator and test support all read this one plan.
 *
 * @param workers one definition per task queue
 * @param activityOptions the checked {@code temporal.activities} options
 */
public record WorkerPlan(List<WorkerDefinition> workers, ActivityOptionsCatalog activityOptions) {

  public WorkerPlan {
    workers = List.copyOf(workers);
  }

  /**
   * Returns the plan of an application that runs no worker.
   *
   * @param classLoader the application's class loader
   * @return a plan with no workers and no activity options
   */
  public static WorkerPlan none(ClassLoader classLoader) {
    return new WorkerPlan(List.of(), new ActivityOptionsCatalog(Map.of(), List.of(), classLoader));
  }

  /**
   * Returns the task queues the workers poll, in plan order.
   *
   * @return the task queues
   */
  public List<String> taskQueues() {
    return this.workers.stream().map(WorkerDefinition::getTaskQueue).toList();
  }
}
