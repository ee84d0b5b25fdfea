package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.worker.WorkerState;
import dev.temporalboot.internal.worker.slots.SlotCounts;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.PollerBehavior;
import io.temporal.worker.tuning.PollerBehaviorAutoscaling;
import io.temporal.worker.tuning.PollerBehaviorSimpleMaximum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One worker as {@code GET /actuator/temporal} shows it.
 *
 * @param taskQueue the task queue it polls
 * @param name its name
 * @param namespace the Temporal namespace it polls
 * @param state RUNNING, SUSPENDED or STOPPED
 * @param workflowTypes the workflow types it runs
 * @param activityTypes the activity types it runs
 * @param nexusServices the Nexus services it handles, each with its operations' names
 * @param options its effective options, after YAML and customizers
 */
record WorkerDescriptor(
    String taskQueue,
    String name,
    String namespace,
    WorkerState state,
    List<String> workflowTypes,
    List<String> activityTypes,
    Map<String, List<String>> nexusServices,
    Map<String, Object> options) {

  /**
   * Describes the options the SDK worker was built with.
   *
   * @param options the worker's options, or null when the SDK has no such worker
   * @return the options worth showing, by name
   */
  static Map<String, Object> describe(@Nullable WorkerOptions options) {
    Map<String, Object> described = new LinkedHashMap<>();
    if (options == null) {
      return described;
    }
    SlotCounts slots = SlotCounts.of(options);
    described.put("maxConcurrentWorkflowTasks", slots(slots.workflowTasks()));
    described.put("maxConcurrentActivities", slots(slots.activities()));
    described.put("maxConcurrentLocalActivities", slots(slots.localActivities()));
    described.put("maxConcurrentNexusOperations", slots(slots.nexusOperations()));
    described.put(
        "workflowPollers",
        pollers(
            options.getWorkflowTaskPollersBehavior(),
            options.getMaxConcurrentWorkflowTaskPollers()));
    described.put(
        "activityPollers",
        pollers(
            options.getActivityTaskPollersBehavior(),
            options.getMaxConcurrentActivityTaskPollers()));
    described.put("activitiesPerSecond", options.getMaxWorkerActivitiesPerSecond());
    described.put("taskQueueActivitiesPerSecond", options.getMaxTaskQueueActivitiesPerSecond());
    described.put("virtualThreads", options.isUsingVirtualThreadsOnActivityWorker());
    described.put("localActivityWorkerOnly", options.isLocalActivityWorkerOnly());
    if (options.getDeploymentOptions() != null) {
      described.put("deployment", String.valueOf(options.getDeploymentOptions().getVersion()));
    }
    return described;
  }

  /** A count, or what a tuner that sizes the slots as it runs stands for. */
  private static Object slots(@Nullable Integer count) {
    return (count != null) ? count : "decided by the worker tuner";
  }

  private static Object pollers(@Nullable PollerBehavior behavior, int fallback) {
    if (behavior instanceof PollerBehaviorAutoscaling autoscaling) {
      Map<String, Object> scaling = new LinkedHashMap<>();
      scaling.put("min", autoscaling.getMinConcurrentTaskPollers());
      scaling.put("max", autoscaling.getMaxConcurrentTaskPollers());
      scaling.put("initial", autoscaling.getInitialConcurrentTaskPollers());
      return scaling;
    }
    if (behavior instanceof PollerBehaviorSimpleMaximum simple) {
      return simple.getMaxConcurrentTaskPollers();
    }
    return fallback;
  }
}
