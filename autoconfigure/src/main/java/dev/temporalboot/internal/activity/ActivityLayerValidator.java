package dev.temporalboot.internal.activity;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.Durations;
import dev.temporalboot.internal.check.Placeholders;
import dev.temporalboot.internal.check.RetryRules;
import org.jspecify.annotations.Nullable;

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
    validate(layer, prefix + ".");
  }

  /**
   * Checks an {@code @ActivityStub} layer; {@code where} names the field or parameter, and each
   * failure names the option as YAML spells it.
   */
  void validateAnnotation(ActivityOptionsLayer layer, String where) {
    try {
      validate(layer, "");
    } catch (InvalidTemporalPropertyException ex) {
      throw new InvalidTemporalComponentException(
          "@ActivityStub on " + where,
          ex.getProperty() + ": " + ex.getProblem(),
          ex.getAction(),
          ex.getCause());
    }
  }

  /** Checks a layer; {@code keys} is prepended to each option's key. */
  private void validate(ActivityOptionsLayer layer, String keys) {
    Durations.requirePositive(keys + "start-to-close-timeout", layer.startToCloseTimeout());
    Durations.requirePositive(keys + "schedule-to-close-timeout", layer.scheduleToCloseTimeout());
    Durations.requirePositive(keys + "schedule-to-start-timeout", layer.scheduleToStartTimeout());
    Durations.requirePositive(keys + "heartbeat-timeout", layer.heartbeatTimeout());
    RetryRules.check(
        keys + "retry",
        layer.initialInterval(),
        layer.backoff(),
        layer.maximumInterval(),
        layer.maximumAttempts(),
        layer.doNotRetry(),
        this.classLoader);
    if (layer.taskQueue() != null) {
      Placeholders.requireResolved(keys + "task-queue", layer.taskQueue());
    }
    if (layer.isLocal()) {
      rejectForLocal(layer.heartbeatTimeout(), keys, "heartbeat-timeout");
      rejectForLocal(layer.taskQueue(), keys, "task-queue");
      rejectForLocal(layer.cancellationType(), keys, "cancellation-type");
    }
  }

  private static void rejectForLocal(@Nullable Object value, String keys, String key) {
    if (value != null) {
      throw new InvalidTemporalPropertyException(
          keys + key,
          "it is set, but local activities run in the workflow's worker and have no " + key + ".",
          "Remove it, or set local to false.");
    }
  }
}
