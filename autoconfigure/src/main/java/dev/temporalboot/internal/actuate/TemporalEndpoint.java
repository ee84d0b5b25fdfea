package dev.temporalboot.internal.actuate;

import dev.temporalboot.actuate.TemporalEndpointContributor;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerDefinition;
import dev.temporalboot.internal.worker.WorkerState;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/temporal}: the connection, each worker with its types and effective options,
 * then the sections of {@link TemporalEndpointContributor} beans; writing suspends or resumes a
 * worker's polling. Read-only unless {@code management.endpoint.temporal.access=unrestricted}.
 */
@Endpoint(id = "temporal", defaultAccess = Access.READ_ONLY)
public class TemporalEndpoint {

  private final ConnectionDescriptor connection;

  private final @Nullable WorkerAssembly assembly;

  private final @Nullable TemporalWorkers workers;

  private final @Nullable WorkerFactory factory;

  private final List<TemporalEndpointContributor> contributors;

  /**
   * Creates the endpoint.
   *
   * @param connection where the application connects
   * @param assembly the workers' assembly, or null in a client-only application
   * @param workers the workers' registry, or null in a client-only application
   * @param factory the SDK worker factory, for the effective options; null without workers
   * @param contributors further sections, in order
   */
  public TemporalEndpoint(
      ConnectionDescriptor connection,
      @Nullable WorkerAssembly assembly,
      @Nullable TemporalWorkers workers,
      @Nullable WorkerFactory factory,
      List<TemporalEndpointContributor> contributors) {
    this.connection = connection;
    this.assembly = assembly;
    this.workers = workers;
    this.factory = factory;
    this.contributors = contributors;
  }

  @ReadOperation
  public Map<String, Object> temporal() {
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put("connection", this.connection);
    sections.put("workers", workers());
    this.contributors.forEach(
        (contributor) -> sections.put(contributor.name(), contributor.describe()));
    return sections;
  }

  /**
   * Suspends or resumes polling on a task queue.
   *
   * @param taskQueue the task queue
   * @param action {@code suspend} or {@code resume}
   * @return the worker afterwards, or null when no worker polls the queue
   * @throws InvalidEndpointRequestException when the action is neither
   */
  @WriteOperation
  public @Nullable WorkerDescriptor control(@Selector String taskQueue, String action) {
    Action parsed = Action.parse(action);
    if (this.workers == null) {
      return null;
    }
    boolean found =
        (parsed == Action.SUSPEND)
            ? this.workers.suspend(taskQueue)
            : this.workers.resume(taskQueue);
    if (!found) {
      return null;
    }
    return workers().stream()
        .filter((w) -> w.taskQueue().equals(taskQueue))
        .findFirst()
        .orElse(null);
  }

  private List<WorkerDescriptor> workers() {
    if (this.assembly == null || this.workers == null) {
      return List.of();
    }
    TemporalWorkers registry = this.workers;
    return this.assembly.plan().workers().stream()
        .map((definition) -> describe(registry, definition))
        .toList();
  }

  private WorkerDescriptor describe(TemporalWorkers registry, WorkerDefinition definition) {
    Worker worker =
        (this.factory != null) ? this.factory.tryGetWorker(definition.getTaskQueue()) : null;
    return new WorkerDescriptor(
        definition.getTaskQueue(),
        definition.getName(),
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

  /** What a write can ask of a worker. */
  enum Action {
    SUSPEND,
    RESUME;

    static Action parse(@Nullable String action) {
      for (Action candidate : values()) {
        if (candidate.name().toLowerCase(Locale.ROOT).equals(action)) {
          return candidate;
        }
      }
      throw new InvalidEndpointRequestException(
          "Unknown action '" + action + "': use 'suspend' or 'resume'",
          "Unknown action: use 'suspend' or 'resume'");
    }
  }
}
