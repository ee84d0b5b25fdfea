package dev.temporalboot.autoconfigure;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.worker.WorkerOptionsPlan;
import io.temporal.common.VersioningBehavior;
import io.temporal.common.WorkerDeploymentVersion;
import io.temporal.worker.WorkerDeploymentOptions;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.PollerBehavior;
import io.temporal.worker.tuning.PollerBehaviorAutoscaling;
import io.temporal.worker.tuning.PollerBehaviorSimpleMaximum;
import io.temporal.worker.tuning.WorkerTuner;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/** Maps one {@code temporal.workers[n]} entry onto the SDK's {@link WorkerOptions}. */
final class WorkerOptionsFactory {

  private WorkerOptionsFactory() {}

  /**
   * Returns the options plan of a worker: its YAML entry over the app's defaults, then the
   * customizers, then {@link #finish}.
   *
   * @param properties the YAML entry, or null for a queue that only annotations name
   * @param prefix the entry's property path; null with no entry
   * @param defaults what the worker runs on where the entry does not say
   * @return the plan
   */
  static WorkerOptionsPlan plan(
      @Nullable WorkerProperties properties, @Nullable String prefix, WorkerDefaults defaults) {
    return new WorkerOptionsPlan() {
      @Override
      public WorkerOptions.Builder start() {
        return create(properties, prefix, defaults);
      }

      @Override
      public WorkerOptions finish(WorkerOptions.Builder customized) {
        return WorkerOptionsFactory.finish(customized, properties, prefix);
      }
    };
  }

  /**
   * Creates a builder with the entry applied, after checking every value, for a worker on platform
   * threads unless the entry says otherwise.
   *
   * @param properties the YAML entry, or null for the SDK defaults
   * @param prefix the entry's property path, such as {@code temporal.workers[0]}; null with no
   *     entry
   * @return the builder, for customizers to finish
   */
  static WorkerOptions.Builder create(
      @Nullable WorkerProperties properties, @Nullable String prefix) {
    return create(properties, prefix, new WorkerDefaults(false));
  }

  /**
   * Creates a builder with the entry applied, after checking every value.
   *
   * @param properties the YAML entry, or null for the SDK defaults
   * @param prefix the entry's property path; null with no entry
   * @param defaults what the worker runs on where the entry does not say
   * @return the builder, for customizers to finish
   */
  static WorkerOptions.Builder create(
      @Nullable WorkerProperties properties, @Nullable String prefix, WorkerDefaults defaults) {
    WorkerOptions.Builder builder = WorkerOptions.newBuilder();
    if (properties == null || prefix == null) {
      return threads(builder, defaults.virtualThreads(), null);
    }
    if (properties.getMaxConcurrentWorkflowTasks() != null) {
      builder.setMaxConcurrentWorkflowTaskExecutionSize(
          positive(
              prefix, "max-concurrent-workflow-tasks", properties.getMaxConcurrentWorkflowTasks()));
    }
    if (properties.getMaxConcurrentLocalActivities() != null) {
      builder.setMaxConcurrentLocalActivityExecutionSize(
          positive(
              prefix,
              "max-concurrent-local-activities",
              properties.getMaxConcurrentLocalActivities()));
    }
    Boolean virtualThreads = properties.getVirtualThreads();
    if (Boolean.TRUE.equals(virtualThreads)) {
      requireVirtualThreads(prefix);
    }
    Integer activitySlots = properties.getMaxConcurrentActivities();
    threads(
        builder,
        virtualThreads != null ? virtualThreads : defaults.virtualThreads(),
        activitySlots != null
            ? positive(prefix, "max-concurrent-activities", activitySlots)
            : null);
    PollerBehavior workflowPollers =
        pollers(
            prefix,
            "workflow-pollers",
            properties.getWorkflowPollers(),
            properties.getWorkflowPollersAutoscaling());
    if (workflowPollers != null) {
      builder.setWorkflowTaskPollersBehavior(workflowPollers);
    }
    PollerBehavior activityPollers =
        pollers(
            prefix,
            "activity-pollers",
            properties.getActivityPollers(),
            properties.getActivityPollersAutoscaling());
    if (activityPollers != null) {
      builder.setActivityTaskPollersBehavior(activityPollers);
    }
    double perSecond = rate(prefix, "activities-per-second", properties.getActivitiesPerSecond());
    if (perSecond > 0) {
      builder.setMaxWorkerActivitiesPerSecond(perSecond);
    }
    double queuePerSecond =
        rate(
            prefix,
            "task-queue-activities-per-second",
            properties.getTaskQueueActivitiesPerSecond());
    if (queuePerSecond > 0) {
      builder.setMaxTaskQueueActivitiesPerSecond(queuePerSecond);
    }
    if (properties.getDeployment() != null) {
      builder.setDeploymentOptions(deployment(prefix, properties.getDeployment()));
    }
    return builder;
  }

  /**
   * Finishes the options after the customizers, which may have handed slot management to a {@link
   * WorkerTuner}: then the default slot count this factory set gives way to it, and a slot count
   * set in YAML is a conflict that fails naming the property.
   *
   * @param customized the builder after every customizer
   * @param properties the YAML entry, or null
   * @param prefix the entry's property path, or null
   * @return the options to build the worker with
   */
  static WorkerOptions finish(
      WorkerOptions.Builder customized,
      @Nullable WorkerProperties properties,
      @Nullable String prefix) {
    WorkerOptions options = customized.build();
    if (options.getWorkerTuner() == null) {
      return options;
    }
    if (properties != null && prefix != null) {
      rejectWithTuner(
          prefix, "max-concurrent-workflow-tasks", properties.getMaxConcurrentWorkflowTasks());
      rejectWithTuner(prefix, "max-concurrent-activities", properties.getMaxConcurrentActivities());
      rejectWithTuner(
          prefix, "max-concurrent-local-activities", properties.getMaxConcurrentLocalActivities());
    }
    return WorkerOptions.newBuilder(options).setMaxConcurrentActivityExecutionSize(0).build();
  }

  private static void rejectWithTuner(String prefix, String key, @Nullable Integer slots) {
    if (slots != null) {
      throw new InvalidTemporalPropertyException(
          prefix + "." + key,
          "it is set, and a TemporalCustomizer<WorkerOptions.Builder> or TemporalWorkerCustomizer"
              + " sets a WorkerTuner, which decides the slots itself.",
          "Remove " + prefix + "." + key + ", or size the slots in the tuner only.");
    }
  }

  /** Virtual or platform threads, and the activity slots that suit them unless set. */
  private static WorkerOptions.Builder threads(
      WorkerOptions.Builder builder, boolean virtualThreads, @Nullable Integer activitySlots) {
    return builder
        .setUsingVirtualThreads(virtualThreads)
        .setMaxConcurrentActivityExecutionSize(
            activitySlots != null ? activitySlots : WorkerDefaults.activitySlots(virtualThreads));
  }

  private static @Nullable PollerBehavior pollers(
      String prefix,
      String key,
      @Nullable Integer fixed,
      WorkerProperties.@Nullable Autoscaling autoscaling) {
    if (fixed != null && autoscaling != null) {
      throw new InvalidTemporalPropertyException(
          prefix + "." + key,
          "both a fixed number and " + key + "-autoscaling are set.",
          "Set either " + prefix + "." + key + " or " + prefix + "." + key + "-autoscaling.");
    }
    if (fixed != null) {
      return new PollerBehaviorSimpleMaximum(positive(prefix, key, fixed));
    }
    if (autoscaling == null) {
      return null;
    }
    String scaling = key + "-autoscaling";
    int min = positive(prefix, scaling + ".min", autoscaling.getMin());
    int max = positive(prefix, scaling + ".max", autoscaling.getMax());
    int initial = positive(prefix, scaling + ".initial", autoscaling.getInitial());
    if (min > max || initial < min || initial > max) {
      throw new InvalidTemporalPropertyException(
          prefix + "." + scaling,
          "min " + min + ", initial " + initial + " and max " + max + " are out of order.",
          "Set min <= initial <= max.");
    }
    return new PollerBehaviorAutoscaling(min, max, initial);
  }

  private static WorkerDeploymentOptions deployment(
      String prefix, WorkerProperties.Deployment deployment) {
    String key = prefix + ".deployment";
    if (!StringUtils.hasText(deployment.getName())
        || !StringUtils.hasText(deployment.getBuildId())) {
      String missing = StringUtils.hasText(deployment.getName()) ? "build-id" : "name";
      throw new InvalidTemporalPropertyException(
          key + "." + missing,
          "'"
              + key
              + "' is set, but worker versioning needs both a deployment name and a build id.",
          "Set "
              + key
              + ".name and "
              + key
              + ".build-id (e.g. ${BUILD_ID}), or remove "
              + key
              + ".");
    }
    // The SDK rejects this with a bare IllegalStateException that names no property.
    if (!deployment.isUseVersioning()
        && deployment.getDefaultVersioningBehavior()
            != WorkerProperties.VersioningBehavior.UNSPECIFIED) {
      throw new InvalidTemporalPropertyException(
          key + ".default-versioning-behavior",
          "it is set while "
              + key
              + ".use-versioning is false; the SDK accepts a default"
              + " behavior only with versioning on.",
          "Set "
              + key
              + ".use-versioning=true, or remove "
              + key
              + ".default-versioning-behavior.");
    }
    WorkerDeploymentOptions.Builder builder =
        WorkerDeploymentOptions.newBuilder()
            .setVersion(new WorkerDeploymentVersion(deployment.getName(), deployment.getBuildId()))
            .setUseVersioning(deployment.isUseVersioning());
    switch (deployment.getDefaultVersioningBehavior()) {
      case PINNED -> builder.setDefaultVersioningBehavior(VersioningBehavior.PINNED);
      case AUTO_UPGRADE -> builder.setDefaultVersioningBehavior(VersioningBehavior.AUTO_UPGRADE);
      case UNSPECIFIED -> builder.setDefaultVersioningBehavior(VersioningBehavior.UNSPECIFIED);
    }
    return builder.build();
  }

  private static int positive(String prefix, String key, int value) {
    if (value < 1) {
      throw new InvalidTemporalPropertyException(
          prefix + "." + key,
          "it is " + value + ", but must be at least 1.",
          "Set it to 1 or more.");
    }
    return value;
  }

  private static double rate(String prefix, String key, double value) {
    if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      throw new InvalidTemporalPropertyException(
          prefix + "." + key,
          "it is " + value + ", but must be 0 (unlimited) or a positive number.",
          "Set it to 0 or a positive number.");
    }
    return value;
  }

  private static void requireVirtualThreads(String prefix) {
    if (Runtime.version().feature() < 21) {
      throw new InvalidTemporalPropertyException(
          prefix + ".virtual-threads",
          "virtual threads need Java 21 or later, and this is Java "
              + Runtime.version().feature()
              + ".",
          "Run on Java 21+ or set " + prefix + ".virtual-threads=false.");
    }
  }
}
