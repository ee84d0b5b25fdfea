package dev.temporalboot.autoconfigure;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.client.CronSchedules;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Turns one {@code temporal.workflows} entry into start options (no workflow id, and the task queue
 * only when set), rejecting values the server would refuse or silently misread.
 */
final class WorkflowOptionsFactory {

  /** The key of the workflow entries, which errors name. */
  static final String PREFIX = "temporal.workflows";

  private WorkflowOptionsFactory() {}

  /**
   * Returns each entry's start options, built and checked only when {@link
   * DefaultTemporalWorkflows} resolves the entries, after checking the key itself.
   */
  static Map<String, DefaultTemporalWorkflows.StartOptions> startOptions(
      Map<String, WorkflowProperties> workflows, @Nullable ClassLoader loader) {
    Map<String, DefaultTemporalWorkflows.StartOptions> entries = new LinkedHashMap<>();
    workflows.forEach(
        (key, properties) -> entries.put(key, (prefix) -> create(properties, prefix, loader)));
    return entries;
  }

  static WorkflowOptions create(
      WorkflowProperties properties, String prefix, @Nullable ClassLoader loader) {
    PropertyMapper map = PropertyMapper.get();
    WorkflowOptions.Builder builder = WorkflowOptions.newBuilder();
    map.from(properties::getTaskQueue)
        .whenHasText()
        .as((queue) -> taskQueue(queue, prefix + ".task-queue"))
        .to(builder::setTaskQueue);
    map.from(properties::getIdReusePolicy)
        .as((policy) -> WorkflowIdReusePolicy.valueOf("WORKFLOW_ID_REUSE_POLICY_" + policy.name()))
        .to(builder::setWorkflowIdReusePolicy);
    map.from(properties::getIdConflictPolicy)
        .as(
            (policy) ->
                WorkflowIdConflictPolicy.valueOf("WORKFLOW_ID_CONFLICT_POLICY_" + policy.name()))
        .to(builder::setWorkflowIdConflictPolicy);
    map.from(properties::getExecutionTimeout)
        .as((timeout) -> positive(timeout, prefix + ".execution-timeout"))
        .to(builder::setWorkflowExecutionTimeout);
    map.from(properties::getRunTimeout)
        .as((timeout) -> positive(timeout, prefix + ".run-timeout"))
        .to(builder::setWorkflowRunTimeout);
    map.from(properties::getTaskTimeout)
        .as((timeout) -> positive(timeout, prefix + ".task-timeout"))
        .to(builder::setWorkflowTaskTimeout);
    map.from(properties::getCronSchedule)
        .whenHasText()
        .as((schedule) -> cronSchedule(schedule, prefix + ".cron-schedule", loader))
        .to(builder::setCronSchedule);
    map.from(properties::getMemo).whenNot(Map::isEmpty).as(LinkedHashMap::new).to(builder::setMemo);
    map.from(properties::getSearchAttributes)
        .whenNot(Map::isEmpty)
        .as((values) -> SearchAttributeValues.typed(values, prefix + ".search-attributes"))
        .to(builder::setTypedSearchAttributes);
    map.from(properties::getRetry)
        .as((retry) -> retry(retry, prefix + ".retry", loader))
        .to(builder::setRetryOptions);
    return builder.build();
  }

  private static String taskQueue(String queue, String property) {
    // The binder keeps an unresolvable placeholder as text: starts would go to "${...}".
    if (queue.contains("${")) {
      throw new InvalidTemporalPropertyException(
          property,
          "'" + queue + "' has a placeholder that cannot be resolved.",
          "Define the property it names, or give it a default: ${name:default}.");
    }
    return queue.trim();
  }

  private static String cronSchedule(
      String schedule, String property, @Nullable ClassLoader loader) {
    CronSchedules.validate(schedule, property, loader);
    return schedule.trim();
  }

  private static RetryOptions retry(
      RetryProperties retry, String prefix, @Nullable ClassLoader loader) {
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
    // The SDK's builder refuses nulls: unset values keep the server's defaults.
    PropertyMapper map = PropertyMapper.get();
    map.from(initial).to(builder::setInitialInterval);
    map.from(maximum).to(builder::setMaximumInterval);
    map.from(backoff).to(builder::setBackoffCoefficient);
    return builder.build();
  }

  /**
   * A name with a package must be an exception class on the classpath, to catch typos; one without
   * is an ApplicationFailure type (ApplicationFailure.newFailure(message, "CardDeclined")).
   */
  private static void checkFailureType(String type, String property, @Nullable ClassLoader loader) {
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
