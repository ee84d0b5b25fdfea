package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerDefinition;
import dev.temporalboot.internal.worker.WorkerState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The state of each worker. UP while every worker polls or was deliberately suspended; DOWN when a
 * worker should poll but does not (the server is unreachable); OUT_OF_SERVICE before the workers
 * start and while they drain at shutdown.
 */
public class TemporalWorkersHealthIndicator implements HealthIndicator {

  private final WorkerAssembly assembly;

  private final TemporalWorkers workers;

  /**
   * Creates the indicator.
   *
   * @param assembly the assembly, whose plan lists the workers
   * @param workers the registry that knows each worker's state
   */
  public TemporalWorkersHealthIndicator(WorkerAssembly assembly, TemporalWorkers workers) {
    this.assembly = assembly;
    this.workers = workers;
  }

  @Override
  public Health health() {
    Map<String, Object> queues = new LinkedHashMap<>();
    boolean stopped = false;
    for (WorkerDefinition definition : this.assembly.plan().workers()) {
      WorkerState state =
          this.workers.getState(definition.getTaskQueue()).orElse(WorkerState.STOPPED);
      stopped |= state == WorkerState.STOPPED;
      Map<String, Object> worker = new LinkedHashMap<>();
      worker.put("state", state);
      worker.put("workflowTypes", definition.getWorkflowTypes());
      worker.put("activityTypes", definition.getActivityTypes());
      queues.put(definition.getTaskQueue(), worker);
    }
    return Health.status(status(stopped)).withDetail("taskQueues", queues).build();
  }

  /**
   * A suspended worker counts as UP: suspending is an operator's choice, and failing readiness for
   * it would also cut the pod's HTTP traffic.
   */
  private Status status(boolean stopped) {
    if (!stopped) {
      return Status.UP;
    }
    return this.workers.isRunning() ? Status.DOWN : Status.OUT_OF_SERVICE;
  }
}
