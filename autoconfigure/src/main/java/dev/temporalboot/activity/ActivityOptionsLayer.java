package dev.temporalboot.activity;

import dev.temporalboot.autoconfigure.ActivityProperties;
import dev.temporalboot.autoconfigure.RetryProperties;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One source of activity options (the YAML default, an interface's YAML, an {@code @ActivityStub}),
 * with unset values null so that layers merge field by field, retry policy included.
 *
 * @param source where the values come from, such as {@code temporal.activities.default}
 */
record ActivityOptionsLayer(
    String source,
    @Nullable Duration startToCloseTimeout,
    @Nullable Duration scheduleToCloseTimeout,
    @Nullable Duration scheduleToStartTimeout,
    @Nullable Duration heartbeatTimeout,
    @Nullable String taskQueue,
    @Nullable Boolean local,
    ActivityProperties.@Nullable CancellationType cancellationType,
    @Nullable String summary,
    @Nullable Duration initialInterval,
    @Nullable Double backoff,
    @Nullable Duration maximumInterval,
    @Nullable Integer maximumAttempts,
    List<String> doNotRetry) {

  static ActivityOptionsLayer empty(String source) {
    return new ActivityOptionsLayer(
        source, null, null, null, null, null, null, null, null, null, null, null, null, List.of());
  }

  static ActivityOptionsLayer of(String source, ActivityProperties properties) {
    RetryProperties retry = properties.getRetry();
    return new ActivityOptionsLayer(
        source,
        properties.getStartToCloseTimeout(),
        properties.getScheduleToCloseTimeout(),
        properties.getScheduleToStartTimeout(),
        properties.getHeartbeatTimeout(),
        properties.getTaskQueue(),
        properties.getLocal(),
        properties.getCancellationType(),
        properties.getSummary(),
        retry.getInitialInterval(),
        retry.getBackoff(),
        retry.getMaximumInterval(),
        retry.getMaximumAttempts(),
        List.copyOf(retry.getDoNotRetry()));
  }

  /** Returns this layer with every value set in {@code over} replacing its own. */
  ActivityOptionsLayer with(ActivityOptionsLayer over) {
    Set<String> doNotRetry = new LinkedHashSet<>(this.doNotRetry);
    doNotRetry.addAll(over.doNotRetry);
    return new ActivityOptionsLayer(
        over.source,
        pick(over.startToCloseTimeout, this.startToCloseTimeout),
        pick(over.scheduleToCloseTimeout, this.scheduleToCloseTimeout),
        pick(over.scheduleToStartTimeout, this.scheduleToStartTimeout),
        pick(over.heartbeatTimeout, this.heartbeatTimeout),
        pick(over.taskQueue, this.taskQueue),
        pick(over.local, this.local),
        pick(over.cancellationType, this.cancellationType),
        pick(over.summary, this.summary),
        pick(over.initialInterval, this.initialInterval),
        pick(over.backoff, this.backoff),
        pick(over.maximumInterval, this.maximumInterval),
        pick(over.maximumAttempts, this.maximumAttempts),
        new ArrayList<>(doNotRetry));
  }

  boolean isLocal() {
    return Boolean.TRUE.equals(this.local);
  }

  boolean hasTimeout() {
    return this.startToCloseTimeout != null || this.scheduleToCloseTimeout != null;
  }

  ActivityOptions toActivityOptions() {
    ActivityOptions.Builder builder = ActivityOptions.newBuilder();
    if (this.startToCloseTimeout != null) {
      builder.setStartToCloseTimeout(this.startToCloseTimeout);
    }
    if (this.scheduleToCloseTimeout != null) {
      builder.setScheduleToCloseTimeout(this.scheduleToCloseTimeout);
    }
    if (this.scheduleToStartTimeout != null) {
      builder.setScheduleToStartTimeout(this.scheduleToStartTimeout);
    }
    if (this.heartbeatTimeout != null) {
      builder.setHeartbeatTimeout(this.heartbeatTimeout);
    }
    if (this.taskQueue != null) {
      builder.setTaskQueue(this.taskQueue);
    }
    if (this.cancellationType != null) {
      builder.setCancellationType(ActivityCancellationType.valueOf(this.cancellationType.name()));
    }
    if (this.summary != null) {
      builder.setSummary(this.summary);
    }
    RetryOptions retry = toRetryOptions();
    if (retry != null) {
      builder.setRetryOptions(retry);
    }
    return builder.build();
  }

  LocalActivityOptions toLocalActivityOptions() {
    LocalActivityOptions.Builder builder = LocalActivityOptions.newBuilder();
    if (this.startToCloseTimeout != null) {
      builder.setStartToCloseTimeout(this.startToCloseTimeout);
    }
    if (this.scheduleToCloseTimeout != null) {
      builder.setScheduleToCloseTimeout(this.scheduleToCloseTimeout);
    }
    if (this.scheduleToStartTimeout != null) {
      builder.setScheduleToStartTimeout(this.scheduleToStartTimeout);
    }
    if (this.summary != null) {
      builder.setSummary(this.summary);
    }
    RetryOptions retry = toRetryOptions();
    if (retry != null) {
      builder.setRetryOptions(retry);
    }
    return builder.build();
  }

  private @Nullable RetryOptions toRetryOptions() {
    if (this.initialInterval == null
        && this.backoff == null
        && this.maximumInterval == null
        && this.maximumAttempts == null
        && this.doNotRetry.isEmpty()) {
      return null;
    }
    RetryOptions.Builder builder = RetryOptions.newBuilder();
    if (this.initialInterval != null) {
      builder.setInitialInterval(this.initialInterval);
    }
    if (this.backoff != null) {
      builder.setBackoffCoefficient(this.backoff);
    }
    if (this.maximumInterval != null) {
      builder.setMaximumInterval(this.maximumInterval);
    }
    if (this.maximumAttempts != null) {
      builder.setMaximumAttempts(this.maximumAttempts);
    }
    if (!this.doNotRetry.isEmpty()) {
      builder.setDoNotRetry(this.doNotRetry.toArray(String[]::new));
    }
    return builder.build();
  }

  private static <T> @Nullable T pick(@Nullable T over, @Nullable T under) {
    return over != null ? over : under;
  }
}
