package dev.temporalboot.internal.client;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.worker.WorkerDefinition;
import java.util.Collection;
import java.util.List;

/** Picks the task queue of a new execution when neither YAML nor code names one. */
final class TaskQueues {

  private TaskQueues() {}

  /**
   * Returns the only task queue of this application whose worker implements the interface.
   *
   * @param property the task-queue key to name when there is not exactly one
   */
  static String infer(
      Class<?> workflowInterface, Collection<WorkerDefinition> definitions, String property) {
    List<String> queues =
        definitions.stream()
            .filter(
                (definition) ->
                    definition.getWorkflows().stream()
                        .anyMatch((w) -> w.workflowInterfaces().contains(workflowInterface)))
            .map(WorkerDefinition::getTaskQueue)
            .toList();
    if (queues.size() == 1) {
      return queues.get(0);
    }
    String action =
        "Set "
            + property
            + ", or set the task queue in code: newStub(type, id, (options) ->"
            + " options.setTaskQueue(\"...\")).";
    if (queues.isEmpty()) {
      throw new InvalidTemporalPropertyException(
          property,
          "it is not set, and no worker of this application implements "
              + workflowInterface.getName()
              + ", so the task queue of a new execution is unknown.",
          action);
    }
    throw new InvalidTemporalPropertyException(
        property,
        "it is not set, and "
            + workflowInterface.getName()
            + " is implemented on several task queues: "
            + String.join(", ", queues)
            + ".",
        action);
  }
}
