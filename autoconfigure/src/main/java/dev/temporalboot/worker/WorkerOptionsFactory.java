package dev.temporalboot.worker;

import dev.temporalboot.autoconfigure.WorkerProperties;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.common.VersioningBehavior;
import io.temporal.common.WorkerDeploymentVersion;
import io.temporal.worker.WorkerDeploymentOptions;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.tuning.PollerBehavior;
import io.temporal.worker.tuning.PollerBehaviorAutoscaling;
import io.temporal.worker.tuning.PollerBehaviorSimpleMaximum;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/** Maps one {@code temporal.workers[n]} entry onto the SDK's {@link WorkerOptions}. */
final class WorkerOptionsFactory {

  private WorkerOptionsFactory() {}

  /**
   * Creates a builder with the entry applied, after checking every value.
   *
   * @param properties the YAML entry, or null for the SDK defaults
   * @param prefix the entry's property path, such as {@code temporal.workers[0]}; null with no
   *     entry
   * @return the builder, for customizers to finish
   */
  static WorkerOptions.Builder create(
      @Nullable WorkerProperties properties, @Nullable String prefix) {
    return create(properties, prefix, false);
  }

  /**
   * Creates a builder with the entry applied, after checking every value.
   *
   * @param properties the YAML entry, or null for the SDK defaults
   * @param prefix the entry's property path; null with no entry
   * @param virtualThreadsByDefault whether workers without a virtual-threads value use them
   *     (spring.threads.virtual.enabled on Java 21+)
   * @return the builder, for customizers to finish
   */
  static WorkerOptions.Builder create(
      @Nullable WorkerProperties properties,
      @Nullable String prefix,
      boolean virtualThreadsByDefault) {
    WorkerOptions.Builder builder = WorkerOptions.newBuilder();
    if (properties == null || prefix == null) {
      return builder.setUsingVirtualThreads(virtualThreadsByDefault);
    }
    builder
        .setMaxConcurrentWorkflowTaskExecutionSize(
            positive(
                prefix,
                "max-concurrent-workflow-tasks",
                properties.getMaxConcurrentWorkflowTasks()))
        .setMaxConcurrentActivityExecutionSize(
            positive(prefix, "max-concurrent-activities", properties.getMaxConcurrentActivities()))
        .setMaxConcurrentLocalActivityExecutionSize(
            positive(
                prefix,
                "max-concurrent-local-activities",
                properties.getMaxConcurrentLocalActivities()));
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
    Boolean virtualThreads = properties.getVirtualThreads();
    if (Boolean.TRUE.equals(virtualThreads)) {
      requireVirtualThreads(prefix);
    }
    builder.setUsingVirtualThreads(
        virtualThreads != null ? virtualThreads : virtualThreadsByDefault);
    if (properties.getDeployment() != null) {
      builder.setDeploymentOptions(deployment(prefix, properties.getDeployment()));
    }
    return builder;
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
          "worker versioning needs both a deployment name and a build id.",
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
