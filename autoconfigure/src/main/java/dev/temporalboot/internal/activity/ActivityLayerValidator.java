package dev.temporalboot.internal.activity;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.diagnostics.TemporalBootException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Rejects activity options that cannot work, naming the key (YAML) or the annotated injection point
 * ({@code @ActivityStub}) they came from.
 */
final class ActivityLayerValidator {

  private final @Nullable ClassLoader classLoader;

  ActivityLayerValidator(@Nullable ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** Checks a YAML layer; {@code prefix} is its key, e.g. {@code temporal.activities.default}. */
  void validateProperties(ActivityOptionsLayer layer, String prefix) {
    validate(layer, (key, problem, action) -> property(prefix + "." + key, problem, action));
  }

  /** Checks an {@code @ActivityStub} layer; {@code where} names the field or parameter. */
  void validateAnnotation(ActivityOptionsLayer layer, String where) {
    validate(
        layer,
        (key, problem, action) ->
            new InvalidTemporalComponentException(
                "@ActivityStub on " + where, "'" + key + "' " + problem, action));
  }

  private void validate(ActivityOptionsLayer layer, Failure failure) {
    positive(layer.startToCloseTimeout(), "start-to-close-timeout", failure);
    positive(layer.scheduleToCloseTimeout(), "schedule-to-close-timeout", failure);
    positive(layer.scheduleToStartTimeout(), "schedule-to-start-timeout", failure);
    positive(layer.heartbeatTimeout(), "heartbeat-timeout", failure);
    positive(layer.initialInterval(), "retry.initial-interval", failure);
    positive(layer.maximumInterval(), "retry.maximum-interval", failure);
    if (layer.backoff() != null && !(layer.backoff() >= 1.0)) {
      throw failure.of(
          "retry.backoff", "is " + layer.backoff() + ", but must be 1.0 or more.", "Use e.g. 2.0.");
    }
    if (layer.maximumAttempts() != null && layer.maximumAttempts() < 0) {
      throw failure.of(
          "retry.maximum-attempts",
          "is " + layer.maximumAttempts() + ", but must be 0 (unlimited) or more.",
          "Use a positive number, or 0 for unlimited attempts.");
    }
    if (layer.initialInterval() != null
        && layer.maximumInterval() != null
        && layer.maximumInterval().compareTo(layer.initialInterval()) < 0) {
      throw failure.of(
          "retry.maximum-interval",
          "is shorter than retry.initial-interval.",
          "Make it at least as long as the initial interval.");
    }
    for (String exception : layer.doNotRetry()) {
      if (!isThrowable(exception)) {
        throw failure.of(
            "retry.do-not-retry",
            "names '" + exception + "', which is not an exception class on the classpath.",
            "Use the fully qualified name of an exception class, e.g."
                + " 'com.acme.CardDeclinedException', or an ApplicationFailure type without a"
                + " package, e.g. 'CardDeclined'.");
      }
    }
    // The binder keeps an unresolvable placeholder as text: activities would go to "${...}".
    if (layer.taskQueue() != null && layer.taskQueue().contains("${")) {
      throw failure.of(
          "task-queue",
          "'" + layer.taskQueue() + "' has a placeholder that cannot be resolved.",
          "Define the property it names, or give it a default: ${name:default}.");
    }
    if (layer.isLocal()) {
      rejectForLocal(layer.heartbeatTimeout(), "heartbeat-timeout", failure);
      rejectForLocal(layer.taskQueue(), "task-queue", failure);
      rejectForLocal(layer.cancellationType(), "cancellation-type", failure);
    }
  }

  /** A name without a package is an ApplicationFailure type, which no class needs to back. */
  private boolean isThrowable(String className) {
    if (!className.trim().contains(".")) {
      return true;
    }
    try {
      return Throwable.class.isAssignableFrom(
          ClassUtils.forName(className.trim(), this.classLoader));
    } catch (ClassNotFoundException | LinkageError ex) {
      return false;
    }
  }

  private static void positive(@Nullable Duration value, String key, Failure failure) {
    if (value != null && (value.isNegative() || value.isZero())) {
      throw failure.of(key, "is " + value + ", but must be positive.", "Use e.g. 10s.");
    }
  }

  private static void rejectForLocal(@Nullable Object value, String key, Failure failure) {
    if (value != null) {
      throw failure.of(
          key,
          "is set, but local activities run in the workflow's worker and have no " + key + ".",
          "Remove it, or set local to false.");
    }
  }

  private static InvalidTemporalPropertyException property(
      String key, String problem, String action) {
    return new InvalidTemporalPropertyException(key, "it " + problem, action);
  }

  @FunctionalInterface
  private interface Failure {
    TemporalBootException of(String key, String problem, String action);
  }
}
