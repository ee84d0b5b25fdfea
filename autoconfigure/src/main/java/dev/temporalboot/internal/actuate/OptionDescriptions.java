package dev.temporalboot.internal.actuate;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.NexusOperationOptions;
import io.temporal.workflow.NexusServiceOptions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** SDK options as plain maps of their set values, for the {@code temporal} endpoint's JSON. */
public final class OptionDescriptions {

  private OptionDescriptions() {}

  /**
   * Describes workflow start options.
   *
   * @param options the options
   * @return the values that are set, by option name
   */
  public static Map<String, Object> of(WorkflowOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    put(values, "taskQueue", options.getTaskQueue());
    put(values, "idReusePolicy", options.getWorkflowIdReusePolicy());
    put(values, "idConflictPolicy", options.getWorkflowIdConflictPolicy());
    put(values, "executionTimeout", options.getWorkflowExecutionTimeout());
    put(values, "runTimeout", options.getWorkflowRunTimeout());
    put(values, "taskTimeout", options.getWorkflowTaskTimeout());
    put(values, "cronSchedule", options.getCronSchedule());
    if (options.getMemo() != null && !options.getMemo().isEmpty()) {
      values.put("memo", options.getMemo());
    }
    if (options.getTypedSearchAttributes() != null) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      options
          .getTypedSearchAttributes()
          .getUntypedValues()
          .forEach((key, value) -> attributes.put(key.getName(), String.valueOf(value)));
      put(values, "searchAttributes", attributes.isEmpty() ? null : attributes);
    }
    put(values, "retry", retry(options.getRetryOptions()));
    return values;
  }

  /**
   * Describes activity options.
   *
   * @param options the options
   * @return the values that are set, by option name
   */
  public static Map<String, Object> of(ActivityOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("local", false);
    put(values, "startToCloseTimeout", options.getStartToCloseTimeout());
    put(values, "scheduleToCloseTimeout", options.getScheduleToCloseTimeout());
    put(values, "scheduleToStartTimeout", options.getScheduleToStartTimeout());
    put(values, "heartbeatTimeout", options.getHeartbeatTimeout());
    put(values, "taskQueue", options.getTaskQueue());
    put(values, "cancellationType", options.getCancellationType());
    put(values, "summary", options.getSummary());
    put(values, "retry", retry(options.getRetryOptions()));
    return values;
  }

  /**
   * Describes local activity options.
   *
   * @param options the options
   * @return the values that are set, by option name
   */
  public static Map<String, Object> of(LocalActivityOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("local", true);
    put(values, "startToCloseTimeout", options.getStartToCloseTimeout());
    put(values, "scheduleToCloseTimeout", options.getScheduleToCloseTimeout());
    put(values, "scheduleToStartTimeout", options.getScheduleToStartTimeout());
    put(values, "summary", options.getSummary());
    put(values, "retry", retry(options.getRetryOptions()));
    return values;
  }

  /**
   * Describes Nexus service stub options.
   *
   * @param options the options
   * @return the values that are set, by option name
   */
  public static Map<String, Object> of(NexusServiceOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    put(values, "endpoint", options.getEndpoint());
    NexusOperationOptions operation = options.getOperationOptions();
    if (operation != null) {
      put(values, "scheduleToCloseTimeout", operation.getScheduleToCloseTimeout());
      put(values, "scheduleToStartTimeout", operation.getScheduleToStartTimeout());
      put(values, "startToCloseTimeout", operation.getStartToCloseTimeout());
      put(values, "cancellationType", operation.getCancellationType());
      put(values, "summary", operation.getSummary());
    }
    return values;
  }

  private static @Nullable Map<String, Object> retry(@Nullable RetryOptions retry) {
    if (retry == null) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    put(values, "initialInterval", retry.getInitialInterval());
    if (retry.getBackoffCoefficient() != 0) {
      values.put("backoff", retry.getBackoffCoefficient());
    }
    put(values, "maximumInterval", retry.getMaximumInterval());
    if (retry.getMaximumAttempts() != 0) {
      values.put("maximumAttempts", retry.getMaximumAttempts());
    }
    if (retry.getDoNotRetry() != null && retry.getDoNotRetry().length > 0) {
      values.put("doNotRetry", Arrays.asList(retry.getDoNotRetry()));
    }
    return values;
  }

  private static void put(Map<String, Object> values, String name, @Nullable Object value) {
    if (value instanceof Map<?, ?> || value instanceof Number || value instanceof Boolean) {
      values.put(name, value);
    } else if (value instanceof Enum<?> constant) {
      values.put(name, constant.name());
    } else if (value != null) {
      values.put(name, value.toString());
    }
  }
}
