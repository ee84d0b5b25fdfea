package dev.temporalboot.client;

import dev.temporalboot.autoconfigure.RetryProperties;
import dev.temporalboot.autoconfigure.WorkflowProperties;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Turns one {@code temporal.workflows} entry into start options (no workflow id, and the task queue
 * only when set), rejecting values the server would refuse or silently misread.
 */
final class WorkflowOptionsFactory {

  private WorkflowOptionsFactory() {}

  static WorkflowOptions create(WorkflowProperties properties, String prefix, ClassLoader loader) {
    WorkflowOptions.Builder builder = WorkflowOptions.newBuilder();
    if (StringUtils.hasText(properties.getTaskQueue())) {
      // The binder keeps an unresolvable placeholder as text: starts would go to "${...}".
      if (properties.getTaskQueue().contains("${")) {
        throw new InvalidTemporalPropertyException(
            prefix + ".task-queue",
            "'" + properties.getTaskQueue() + "' has a placeholder that cannot be resolved.",
            "Define the property it names, or give it a default: ${name:default}.");
      }
      builder.setTaskQueue(properties.getTaskQueue().trim());
    }
    if (properties.getIdReusePolicy() != null) {
      builder.setWorkflowIdReusePolicy(
          WorkflowIdReusePolicy.valueOf(
              "WORKFLOW_ID_REUSE_POLICY_" + properties.getIdReusePolicy().name()));
    }
    if (properties.getIdConflictPolicy() != null) {
      builder.setWorkflowIdConflictPolicy(
          WorkflowIdConflictPolicy.valueOf(
              "WORKFLOW_ID_CONFLICT_POLICY_" + properties.getIdConflictPolicy().name()));
    }
    builder.setWorkflowExecutionTimeout(
        positive(properties.getExecutionTimeout(), prefix + ".execution-timeout"));
    builder.setWorkflowRunTimeout(positive(properties.getRunTimeout(), prefix + ".run-timeout"));
    builder.setWorkflowTaskTimeout(positive(properties.getTaskTimeout(), prefix + ".task-timeout"));
    if (StringUtils.hasText(properties.getCronSchedule())) {
      CronSchedules.validate(properties.getCronSchedule(), prefix + ".cron-schedule", loader);
      builder.setCronSchedule(properties.getCronSchedule().trim());
    }
    if (!properties.getMemo().isEmpty()) {
      builder.setMemo(new LinkedHashMap<>(properties.getMemo()));
    }
    if (!properties.getSearchAttributes().isEmpty()) {
      builder.setTypedSearchAttributes(
          SearchAttributeValues.typed(
              properties.getSearchAttributes(), prefix + ".search-attributes"));
    }
    if (properties.getRetry() != null) {
      builder.setRetryOptions(retry(properties.getRetry(), prefix + ".retry", loader));
    }
    return builder.build();
  }

  private static RetryOptions retry(RetryProperties retry, String prefix, ClassLoader loader) {
    Duration initial = positive(retry.getInitialInterval(), prefix + ".initial-interval");
    Duration maximum = positive(retry.getMaximumInterval(), prefix + ".maximum-interval");
    if (initial != null && maximum != null && maximum.compareTo(initial) < 0) {
      throw new InvalidTemporalPropertyException(
          prefix + ".maximum-interval",
          "it is shorter than initial-interval.",
          "Set maximum-interval to at least the initial interval.");
    }
    Double backoff = retry.getBackoff();
    if (backoff != null && !(backoff >= 1.0)) {
      throw new InvalidTemporalPropertyException(
          prefix + ".backoff",
          backoff + " is below 1, so retries would come faster and faster.",
          "Use a coefficient of 1 (a fixed interval) or more, e.g. 2.0.");
    }
    int attempts = retry.getMaximumAttempts() != null ? retry.getMaximumAttempts() : 0;
    if (attempts < 0) {
      throw new InvalidTemporalPropertyException(
          prefix + ".maximum-attempts",
          attempts + " is negative.",
          "Use a positive number of attempts, or 0 for unlimited.");
    }
    List<String> doNotRetry = retry.getDoNotRetry();
    for (int i = 0; i < doNotRetry.size(); i++) {
      checkFailureType(doNotRetry.get(i), prefix + ".do-not-retry[" + i + "]", loader);
    }
    RetryOptions.Builder builder =
        RetryOptions.newBuilder()
            .setMaximumAttempts(attempts)
            .setDoNotRetry(doNotRetry.stream().map(String::trim).toArray(String[]::new));
    // The SDK's builder refuses nulls: unset intervals keep the server's defaults.
    if (initial != null) {
      builder.setInitialInterval(initial);
    }
    if (maximum != null) {
      builder.setMaximumInterval(maximum);
    }
    if (backoff != null) {
      builder.setBackoffCoefficient(backoff);
    }
    return builder.build();
  }

  /**
   * A name with a package must be an exception class on the classpath, to catch typos; one without
   * is an ApplicationFailure type (ApplicationFailure.newFailure(message, "CardDeclined")).
   */
  private static void checkFailureType(String type, String property, ClassLoader loader) {
    if (!StringUtils.hasText(type)) {
      throw new InvalidTemporalPropertyException(
          property, "it is blank.", "Name an exception class or an ApplicationFailure type.");
    }
    String name = type.trim();
    if (!name.contains(".")) {
      return;
    }
    Class<?> found = null;
    try {
      found = ClassUtils.forName(name, loader);
    } catch (ClassNotFoundException | LinkageError ex) {
      // reported below
    }
    if (found == null || !Throwable.class.isAssignableFrom(found)) {
      throw new InvalidTemporalPropertyException(
          property,
          "'" + name + "' is not an exception class on the classpath.",
          "Use the fully qualified name of an exception class, e.g."
              + " 'java.lang.IllegalArgumentException', or an ApplicationFailure type without"
              + " a package.");
    }
  }

  private static @Nullable Duration positive(@Nullable Duration value, String property) {
    if (value != null && (value.isNegative() || value.isZero())) {
      throw new InvalidTemporalPropertyException(
          property,
          value.toString().substring(2).toLowerCase(Locale.ROOT) + " is not a positive duration.",
          "Use a positive duration such as 30s, 10m or 1h, or remove the key.");
    }
    return value;
  }
}
