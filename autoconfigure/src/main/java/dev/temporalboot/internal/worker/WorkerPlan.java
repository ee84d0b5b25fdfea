package dev.temporalboot.internal.worker;

import dev.temporalboot.internal.activity.ActivityOptionsCatalog;
import dev.temporalboot.internal.nexus.NexusServiceOptionsCatalog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application's workers run, fixed once assembled: the registry, the typed clients, the
 * actuator and test support all read this one plan.
 *
 * @param namespace the namespace the workers poll
 * @param workers one definition per task queue
 * @param activityOptions the checked {@code temporal.activities} options
 * @param nexusOptions the checked {@code temporal.nexus.services} options
 * @param nexusEndpoints the Nexus endpoints that YAML and injected stubs name, each with where it
 *     is named
 */
public record WorkerPlan(
    TemporalNamespace namespace,
    List<WorkerDefinition> workers,
    ActivityOptionsCatalog activityOptions,
    NexusServiceOptionsCatalog nexusOptions,
    Map<String, String> nexusEndpoints) {

  public WorkerPlan {
    workers = List.copyOf(workers);
    nexusEndpoints = Collections.unmodifiableMap(new LinkedHashMap<>(nexusEndpoints));
  }

  /**
   * Returns the plan of an application that runs no worker.
   *
   * @param namespace the namespace it would poll
   * @param classLoader the application's class loader
   * @return a plan with no workers and no activity options
   */
  public static WorkerPlan none(TemporalNamespace namespace, ClassLoader classLoader) {
    return new WorkerPlan(
        namespace,
        List.of(),
        new ActivityOptionsCatalog(Map.of(), List.of(), classLoader),
        new NexusServiceOptionsCatalog(Map.of(), List.of(), classLoader),
        Map.of());
  }

  /**
   * Returns whether the plan is the primary namespace's, that of {@code temporal.connection}.
   *
   * @return true for the primary namespace
   */
  public boolean isPrimary() {
    return this.namespace.isPrimary();
  }

  /**
   * Returns whether one of the workers registers a workflow implementation.
   *
   * @param workflowImplementation the workflow implementation class
   * @return true when a worker of this plan runs it
   */
  public boolean registers(Class<?> workflowImplementation) {
    return this.workers.stream()
        .flatMap((worker) -> worker.getWorkflows().stream())
        .anyMatch((workflow) -> workflow.implementation() == workflowImplementation);
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
