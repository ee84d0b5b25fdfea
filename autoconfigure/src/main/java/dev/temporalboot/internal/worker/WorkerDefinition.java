package dev.temporalboot.internal.worker;

import dev.temporalboot.internal.nexus.NexusServiceBean;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one worker polls and runs: its task queue, options, workflows, activities and Nexus
 * services.
 */
public final class WorkerDefinition {

  private final String name;

  private final String taskQueue;

  private final WorkerOptionsPlan options;

  private final @Nullable String propertyPrefix;

  private final List<WorkflowRegistration> workflows;

  private final List<ActivityRegistration> activities;

  private final List<NexusServiceBean> nexusServices;

  WorkerDefinition(
      String name,
      String taskQueue,
      WorkerOptionsPlan options,
      @Nullable String propertyPrefix,
      List<WorkflowRegistration> workflows,
      List<ActivityRegistration> activities,
      List<NexusServiceBean> nexusServices) {
    this.name = name;
    this.taskQueue = taskQueue;
    this.options = options;
    this.propertyPrefix = propertyPrefix;
    this.workflows = List.copyOf(workflows);
    this.activities = List.copyOf(activities);
    this.nexusServices = List.copyOf(nexusServices);
  }

  public String getName() {
    return this.name;
  }

  public String getTaskQueue() {
    return this.taskQueue;
  }

  /**
   * Returns how this worker's options are made: from its YAML entry, or the defaults when only
   * annotations name its queue.
   *
   * @return the options plan
   */
  public WorkerOptionsPlan getOptions() {
    return this.options;
  }

  /**
   * Returns the YAML path of this worker's entry, such as {@code temporal.workers[0]}.
   *
   * @return the property prefix, or null when not declared in YAML
   */
  public @Nullable String getPropertyPrefix() {
    return this.propertyPrefix;
  }

  public List<WorkflowRegistration> getWorkflows() {
    return this.workflows;
  }

  List<ActivityRegistration> getActivities() {
    return this.activities;
  }

  /**
   * Returns the workflow type names this worker runs.
   *
   * @return the workflow types
   */
  public List<String> getWorkflowTypes() {
    return this.workflows.stream().flatMap((w) -> w.workflowTypes().stream()).toList();
  }

  /**
   * Returns the activity type names this worker runs.
   *
   * @return the activity types
   */
  public List<String> getActivityTypes() {
    return this.activities.stream().flatMap((a) -> a.activityTypes().stream()).toList();
  }

  /**
   * Returns the Nexus service beans this worker handles operations of.
   *
   * @return the Nexus services, checked
   */
  public List<NexusServiceBean> getNexusServices() {
    return this.nexusServices;
  }

  /**
   * Returns the names of the Nexus services this worker handles.
   *
   * @return the Nexus service names
   */
  public List<String> getNexusServiceNames() {
    return this.nexusServices.stream().map(NexusServiceBean::serviceName).toList();
  }
}
