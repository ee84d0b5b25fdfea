package dev.temporalboot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One entry of {@code temporal.workers}: a worker polling one task queue, with its options. */
public class WorkerProperties {

  /** Task queue this worker polls; required, placeholders allowed. */
  private @Nullable String taskQueue;

  /** Name of this worker in logs and the actuator; defaults to the task queue. */
  private @Nullable String name;

  /** Fully qualified workflow implementation classes to register, besides annotated ones. */
  private List<String> workflowClasses = new ArrayList<>();

  /** Names of activity beans to register, besides annotated ones. */
  private List<String> activityBeans = new ArrayList<>();

  /** Names of Nexus service beans to register, besides annotated ones. */
  private List<String> nexusServiceBeans = new ArrayList<>();

  /** Maximum number of workflow tasks executed at once; unset uses the SDK's default of 200. */
  private @Nullable Integer maxConcurrentWorkflowTasks;

  /**
   * Maximum number of activities executed at once; unset: 200, or 1000 when the worker runs on
   * virtual threads.
   */
  private @Nullable Integer maxConcurrentActivities;

  /** Maximum number of local activities executed at once; unset uses the SDK's default of 200. */
  private @Nullable Integer maxConcurrentLocalActivities;

  /** Fixed number of workflow task pollers; unset uses the SDK's default of 5. */
  private @Nullable Integer workflowPollers;

  /** Autoscaled workflow task pollers, instead of a fixed number. */
  private @Nullable Autoscaling workflowPollersAutoscaling;

  /** Fixed number of activity task pollers; unset uses the SDK's default of 5. */
  private @Nullable Integer activityPollers;

  /** Autoscaled activity task pollers, instead of a fixed number. */
  private @Nullable Autoscaling activityPollersAutoscaling;

  /** Activities per second this worker starts at most; 0 means unlimited. */
  private double activitiesPerSecond = 0;

  /** Activities per second the whole task queue starts at most, enforced by the server. */
  private double taskQueueActivitiesPerSecond = 0;

  /**
   * Whether to run tasks on virtual threads (Java 21 or later). Unset follows
   * spring.threads.virtual.enabled where that is set, else is on from Java 24, where blocking
   * inside synchronized no longer pins a carrier thread.
   */
  private @Nullable Boolean virtualThreads;

  /** Worker versioning: the deployment this worker belongs to. */
  private @Nullable Deployment deployment;

  public @Nullable String getTaskQueue() {
    return this.taskQueue;
  }

  public void setTaskQueue(@Nullable String taskQueue) {
    this.taskQueue = taskQueue;
  }

  public @Nullable String getName() {
    return this.name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public List<String> getWorkflowClasses() {
    return this.workflowClasses;
  }

  public void setWorkflowClasses(List<String> workflowClasses) {
    this.workflowClasses = workflowClasses;
  }

  public List<String> getActivityBeans() {
    return this.activityBeans;
  }

  public void setActivityBeans(List<String> activityBeans) {
    this.activityBeans = activityBeans;
  }

  public List<String> getNexusServiceBeans() {
    return this.nexusServiceBeans;
  }

  public void setNexusServiceBeans(List<String> nexusServiceBeans) {
    this.nexusServiceBeans = nexusServiceBeans;
  }

  public @Nullable Integer getMaxConcurrentWorkflowTasks() {
    return this.maxConcurrentWorkflowTasks;
  }

  public void setMaxConcurrentWorkflowTasks(@Nullable Integer maxConcurrentWorkflowTasks) {
    this.maxConcurrentWorkflowTasks = maxConcurrentWorkflowTasks;
  }

  public @Nullable Integer getMaxConcurrentActivities() {
    return this.maxConcurrentActivities;
  }

  public void setMaxConcurrentActivities(@Nullable Integer maxConcurrentActivities) {
    this.maxConcurrentActivities = maxConcurrentActivities;
  }

  public @Nullable Integer getMaxConcurrentLocalActivities() {
    return this.maxConcurrentLocalActivities;
  }

  public void setMaxConcurrentLocalActivities(@Nullable Integer maxConcurrentLocalActivities) {
    this.maxConcurrentLocalActivities = maxConcurrentLocalActivities;
  }

  public @Nullable Integer getWorkflowPollers() {
    return this.workflowPollers;
  }

  public void setWorkflowPollers(@Nullable Integer workflowPollers) {
    this.workflowPollers = workflowPollers;
  }

  public @Nullable Autoscaling getWorkflowPollersAutoscaling() {
    return this.workflowPollersAutoscaling;
  }

  public void setWorkflowPollersAutoscaling(@Nullable Autoscaling workflowPollersAutoscaling) {
    this.workflowPollersAutoscaling = workflowPollersAutoscaling;
  }

  public @Nullable Integer getActivityPollers() {
    return this.activityPollers;
  }

  public void setActivityPollers(@Nullable Integer activityPollers) {
    this.activityPollers = activityPollers;
  }

  public @Nullable Autoscaling getActivityPollersAutoscaling() {
    return this.activityPollersAutoscaling;
  }

  public void setActivityPollersAutoscaling(@Nullable Autoscaling activityPollersAutoscaling) {
    this.activityPollersAutoscaling = activityPollersAutoscaling;
  }

  public double getActivitiesPerSecond() {
    return this.activitiesPerSecond;
  }

  public void setActivitiesPerSecond(double activitiesPerSecond) {
    this.activitiesPerSecond = activitiesPerSecond;
  }

  public double getTaskQueueActivitiesPerSecond() {
    return this.taskQueueActivitiesPerSecond;
  }

  public void setTaskQueueActivitiesPerSecond(double taskQueueActivitiesPerSecond) {
    this.taskQueueActivitiesPerSecond = taskQueueActivitiesPerSecond;
  }

  public @Nullable Boolean getVirtualThreads() {
    return this.virtualThreads;
  }

  public void setVirtualThreads(@Nullable Boolean virtualThreads) {
    this.virtualThreads = virtualThreads;
  }

  public @Nullable Deployment getDeployment() {
    return this.deployment;
  }

  public void setDeployment(@Nullable Deployment deployment) {
    this.deployment = deployment;
  }

  /** Poller autoscaling bounds. */
  public static class Autoscaling {

    /** Fewest pollers kept running. */
    private int min = 1;

    /** Most pollers run at once. */
    private int max = 100;

    /** Pollers started with. */
    private int initial = 5;

    public int getMin() {
      return this.min;
    }

    public void setMin(int min) {
      this.min = min;
    }

    public int getMax() {
      return this.max;
    }

    public void setMax(int max) {
      this.max = max;
    }

    public int getInitial() {
      return this.initial;
    }

    public void setInitial(int initial) {
      this.initial = initial;
    }
  }

  /** Worker versioning settings. */
  public static class Deployment {

    /** Deployment name, shared by all versions of this service. */
    private @Nullable String name;

    /** Build id of this version of the code. */
    private @Nullable String buildId;

    /** Whether the server routes tasks by deployment version. */
    private boolean useVersioning = false;

    /** Versioning behavior of workflows that do not declare their own. */
    private VersioningBehavior defaultVersioningBehavior = VersioningBehavior.UNSPECIFIED;

    public @Nullable String getName() {
      return this.name;
    }

    public void setName(@Nullable String name) {
      this.name = name;
    }

    public @Nullable String getBuildId() {
      return this.buildId;
    }

    public void setBuildId(@Nullable String buildId) {
      this.buildId = buildId;
    }

    public boolean isUseVersioning() {
      return this.useVersioning;
    }

    public void setUseVersioning(boolean useVersioning) {
      this.useVersioning = useVersioning;
    }

    public VersioningBehavior getDefaultVersioningBehavior() {
      return this.defaultVersioningBehavior;
    }

    public void setDefaultVersioningBehavior(VersioningBehavior defaultVersioningBehavior) {
      this.defaultVersioningBehavior = defaultVersioningBehavior;
    }
  }

  /** Versioning behavior of a workflow on a versioned worker. */
  public enum VersioningBehavior {
    /** No default: each workflow must declare one when versioning is used. */
    UNSPECIFIED,
    /** Workflows stay on the version they started on. */
    PINNED,
    /** Workflows move to the current version. */
    AUTO_UPGRADE
  }
}
