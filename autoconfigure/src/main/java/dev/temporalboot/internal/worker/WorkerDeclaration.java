package dev.temporalboot.internal.worker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A worker that the configuration declares: a {@code temporal.workers} entry, as the wiring maps
 * it. Annotations may add workflows and activities to its queue.
 *
 * @param propertyPrefix the entry's key, such as {@code temporal.workers[0]}, named in errors
 * @param taskQueue the queue it polls, as written (checked when the workers are planned)
 * @param name its name in logs and the actuator, or null for the task queue
 * @param workflowClasses fully qualified workflow implementation classes to register
 * @param activityBeans names of activity beans to register
 * @param nexusServiceBeans names of Nexus service beans to register
 * @param options the worker's options
 */
public record WorkerDeclaration(
    String propertyPrefix,
    @Nullable String taskQueue,
    @Nullable String name,
    List<String> workflowClasses,
    List<String> activityBeans,
    List<String> nexusServiceBeans,
    WorkerOptionsPlan options) {

  public WorkerDeclaration {
    workflowClasses = List.copyOf(workflowClasses);
    activityBeans = List.copyOf(activityBeans);
    nexusServiceBeans = List.copyOf(nexusServiceBeans);
  }
}
