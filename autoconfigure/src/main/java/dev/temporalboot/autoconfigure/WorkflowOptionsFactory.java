package dev.temporalboot.autoconfigure;

import dev.temporalboot.internal.check.Durations;
import dev.temporalboot.internal.check.Placeholders;
import dev.temporalboot.internal.check.RetryRules;
import dev.temporalboot.internal.client.CronSchedules;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.PropertyMapper;

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
        .as((timeout) -> Durations.requirePositive(prefix + ".execution-timeout", timeout))
        .to(builder::setWorkflowExecutionTimeout);
    map.from(properties::getRunTimeout)
        .as((timeout) -> Durations.requirePositive(prefix + ".run-timeout", timeout))
        .to(builder::setWorkflowRunTimeout);
    map.from(properties::getTaskTimeout)
        .as((timeout) -> Durations.requirePositive(prefix + ".task-timeout", timeout))
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
    Placeholders.requireResolved(property, queue);
    return queue.trim();
  }

  private static String cronSchedule(
      String schedule, String property, @Nullable ClassLoader loader) {
    CronSchedules.validate(schedule, property, loader);
    return schedule.trim();
  }

  static RetryOptions retry(RetryProperties retry, String prefix, @Nullable ClassLoader loader) {
    RetryRules.check(
        prefix,
        retry.getInitialInterval(),
        retry.getBackoff(),
        retry.getMaximumInterval(),
        retry.getMaximumAttempts(),
        retry.getDoNotRetry(),
        loader);
    RetryOptions.Builder builder =
        RetryOptions.newBuilder()
            .setDoNotRetry(retry.getDoNotRetry().stream().map(String::trim).toArray(String[]::new));
    // The SDK's builder refuses nulls: unset values keep the server's defaults.
    PropertyMapper map = PropertyMapper.get();
    map.from(retry::getInitialInterval).to(builder::setInitialInterval);
    map.from(retry::getMaximumInterval).to(builder::setMaximumInterval);
    map.from(retry::getBackoff).to(builder::setBackoffCoefficient);
    map.from(retry::getMaximumAttempts).to(builder::setMaximumAttempts);
    return builder.build();
  }
}
