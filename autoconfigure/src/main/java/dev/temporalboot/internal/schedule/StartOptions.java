package dev.temporalboot.internal.schedule;

import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The start options of a schedule's action: the workflow's defaults from {@code
 * temporal.workflows}, overridden by the schedule's own values; memo and search attributes are
 * merged, the schedule's winning per name. Options an action cannot carry (id policies, cron
 * schedule) are left out.
 */
final class StartOptions {

  private StartOptions() {}

  static WorkflowOptions merge(WorkflowOptions defaults, WorkflowOptions overrides, String id) {
    WorkflowOptions.Builder builder = WorkflowOptions.newBuilder().setWorkflowId(id);
    builder.setTaskQueue(
        (overrides.getTaskQueue() != null) ? overrides.getTaskQueue() : defaults.getTaskQueue());
    builder.setWorkflowExecutionTimeout(
        first(overrides.getWorkflowExecutionTimeout(), defaults.getWorkflowExecutionTimeout()));
    builder.setWorkflowRunTimeout(
        first(overrides.getWorkflowRunTimeout(), defaults.getWorkflowRunTimeout()));
    builder.setWorkflowTaskTimeout(
        first(overrides.getWorkflowTaskTimeout(), defaults.getWorkflowTaskTimeout()));
    builder.setRetryOptions(
        (overrides.getRetryOptions() != null)
            ? overrides.getRetryOptions()
            : defaults.getRetryOptions());
    Map<String, Object> memo = new LinkedHashMap<>();
    if (defaults.getMemo() != null) {
      memo.putAll(defaults.getMemo());
    }
    if (overrides.getMemo() != null) {
      memo.putAll(overrides.getMemo());
    }
    if (!memo.isEmpty()) {
      builder.setMemo(memo);
    }
    SearchAttributes attributes = merge(defaults.getTypedSearchAttributes(), overrides);
    if (attributes.size() > 0) {
      builder.setTypedSearchAttributes(attributes);
    }
    return builder.build();
  }

  private static SearchAttributes merge(
      @Nullable SearchAttributes defaults, WorkflowOptions overrides) {
    SearchAttributes.Builder builder = SearchAttributes.newBuilder();
    if (defaults != null) {
      defaults.getUntypedValues().forEach((key, value) -> set(builder, key, value));
    }
    SearchAttributes own = overrides.getTypedSearchAttributes();
    if (own != null) {
      own.getUntypedValues().forEach((key, value) -> set(builder, key, value));
    }
    return builder.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> void set(
      SearchAttributes.Builder builder, SearchAttributeKey<T> key, Object value) {
    builder.set(key, (T) value);
  }

  private static @Nullable Duration first(@Nullable Duration own, @Nullable Duration inherited) {
    return (own != null) ? own : inherited;
  }
}
