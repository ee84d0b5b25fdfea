package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.worker.TemporalNamespace;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerDefinition;
import dev.temporalboot.internal.worker.WorkerState;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workers of one namespace as the endpoint shows and controls them. */
final class NamespaceWorkers {

  private static final Logger logger = LoggerFactory.getLogger(TemporalEndpoint.class);

  private final TemporalNamespace namespace;

  private final @Nullable WorkerAssembly assembly;

  private final @Nullable TemporalWorkers workers;

  private final @Nullable WorkerFactory factory;

  NamespaceWorkers(
      TemporalNamespace namespace,
      @Nullable WorkerAssembly assembly,
      @Nullable TemporalWorkers workers,
      @Nullable WorkerFactory factory) {
    this.namespace = namespace;
    this.assembly = assembly;
    this.workers = workers;
    this.factory = factory;
  }

  TemporalNamespace namespace() {
    return this.namespace;
  }

  List<WorkerDescriptor> describe() {
    if (this.assembly == null || this.workers == null) {
      return List.of();
    }
    TemporalWorkers registry = this.workers;
    return this.assembly.plan().workers().stream()
        .map((definition) -> describe(registry, definition))
        .toList();
  }

  /** Suspends or resumes a worker; null when none of this namespace polls the queue. */
  @Nullable WorkerDescriptor control(String taskQueue, TemporalEndpoint.Action action) {
    if (this.workers == null) {
      return null;
    }
    boolean suspend = action == TemporalEndpoint.Action.SUSPEND;
    boolean found = suspend ? this.workers.suspend(taskQueue) : this.workers.resume(taskQueue);
    if (!found) {
      return null;
    }
    logger.info(
        "{} polling on task queue '{}' in namespace {}",
        suspend ? "Suspended" : "Resumed",
        taskQueue,
        this.namespace.describe());
    return describe().stream()
        .filter((w) -> w.taskQueue().equals(taskQueue))
        .findFirst()
        .orElse(null);
  }

  private WorkerDescriptor describe(TemporalWorkers registry, WorkerDefinition definition) {
    Worker worker =
        (this.factory != null) ? this.factory.tryGetWorker(definition.getTaskQueue()) : null;
    return new WorkerDescriptor(
        definition.getTaskQueue(),
        definition.getName(),
        this.namespace.name(),
        registry.getState(definition.getTaskQueue()).orElse(WorkerState.STOPPED),
        definition.getWorkflowTypes(),
        definition.getActivityTypes(),
        nexusServices(definition),
        WorkerDescriptor.describe((worker != null) ? worker.getWorkerOptions() : null));
  }

  private static Map<String, List<String>> nexusServices(WorkerDefinition definition) {
    Map<String, List<String>> services = new LinkedHashMap<>();
    definition
        .getNexusServices()
        .forEach((service) -> services.put(service.serviceName(), service.operationNames()));
    return services;
  }
}
