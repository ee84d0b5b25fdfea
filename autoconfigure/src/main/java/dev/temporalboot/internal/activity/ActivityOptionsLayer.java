package dev.temporalboot.internal.activity;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One source of activity options (the YAML default, an interface's YAML, an {@code @ActivityStub}),
 * with unset values null so that layers merge field by field, retry policy included.
 *
 * @param source where the values come from, such as {@code temporal.activities.default}
 * @param startToCloseTimeout longest time one attempt may run
 * @param scheduleToCloseTimeout longest time the activity may take overall, retries included
 * @param scheduleToStartTimeout longest time a task may wait in the queue for a worker
 * @param heartbeatTimeout longest time between heartbeats before an attempt counts as failed
 * @param taskQueue task queue the activities run on; unset uses the workflow's own queue
 * @param local whether the stub calls local activities
 * @param cancellationType what cancelling a running activity waits for
 * @param summary short text the Temporal UI shows for each activity call
 * @param initialInterval delay before the first retry
 * @param backoff factor the delay grows by after each retry
 * @param maximumInterval longest delay between retries
 * @param maximumAttempts most attempts, the first included; 0 means unlimited
 * @param doNotRetry failure types that are not retried: exception class names or ApplicationFailure
 *     types
 */
public record ActivityOptionsLayer(
    String source,
    @Nullable Duration startToCloseTimeout,
    @Nullable Duration scheduleToCloseTimeout,
    @Nullable Duration scheduleToStartTimeout,
    @Nullable Duration heartbeatTimeout,
    @Nullable String taskQueue,
    @Nullable Boolean local,
    @Nullable ActivityCancellationType cancellationType,
    @Nullable String summary,
    @Nullable Duration initialInterval,
    @Nullable Double backoff,
    @Nullable Duration maximumInterval,
    @Nullable Integer maximumAttempts,
    List<String> doNotRetry) {

  public ActivityOptionsLayer {
    doNotRetry = List.copyOf(doNotRetry);
  }

  static ActivityOptionsLayer empty(String source) {
    return new ActivityOptionsLayer(
        source, null, null, null, null, null, null, null, null, null, null, null, null, List.of());
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
        List.copyOf(doNotRetry));
  }

  boolean isLocal() {
    return Boolean.TRUE.equals(this.local);
  }

  boolean hasTimeout() {
    return this.startToCloseTimeout != null || this.scheduleToCloseTimeout != null;
  }

  ActivityOptions toActivityOptions() {
    ActivityOptions.Builder builder = ActivityOptions.newBuilder();
    ifSet(this.startToCloseTimeout, builder::setStartToCloseTimeout);
    ifSet(this.scheduleToCloseTimeout, builder::setScheduleToCloseTimeout);
    ifSet(this.scheduleToStartTimeout, builder::setScheduleToStartTimeout);
    ifSet(this.heartbeatTimeout, builder::setHeartbeatTimeout);
    ifSet(this.taskQueue, builder::setTaskQueue);
    ifSet(this.summary, builder::setSummary);
    ifSet(toRetryOptions(), builder::setRetryOptions);
    ifSet(this.cancellationType, builder::setCancellationType);
    return builder.build();
  }

  /** The subset local activities have: no heartbeat, task queue or cancellation type. */
  LocalActivityOptions toLocalActivityOptions() {
    LocalActivityOptions.Builder builder = LocalActivityOptions.newBuilder();
    ifSet(this.startToCloseTimeout, builder::setStartToCloseTimeout);
    ifSet(this.scheduleToCloseTimeout, builder::setScheduleToCloseTimeout);
    ifSet(this.scheduleToStartTimeout, builder::setScheduleToStartTimeout);
    ifSet(this.summary, builder::setSummary);
    ifSet(toRetryOptions(), builder::setRetryOptions);
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
    ifSet(this.initialInterval, builder::setInitialInterval);
    ifSet(this.backoff, builder::setBackoffCoefficient);
    ifSet(this.maximumInterval, builder::setMaximumInterval);
    ifSet(this.maximumAttempts, builder::setMaximumAttempts);
    if (!this.doNotRetry.isEmpty()) {
      builder.setDoNotRetry(this.doNotRetry.toArray(String[]::new));
    }
    return builder.build();
  }

  /** The SDK's builders refuse nulls, and unset values must keep their defaults. */
  private static <T> void ifSet(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static <T> @Nullable T pick(@Nullable T over, @Nullable T under) {
    return over != null ? over : under;
  }
}
