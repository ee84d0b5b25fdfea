package dev.temporalboot.autoconfigure;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Options of activity stubs: one entry of {@code temporal.activities}, keyed by {@code default} or
 * by an {@code @ActivityInterface}'s simple or fully qualified name. Unset values fall back to
 * {@code default}, then to the SDK.
 */
public class ActivityProperties {

  /** Longest time one attempt may run. */
  private @Nullable Duration startToCloseTimeout;

  /** Longest time the activity may take overall, retries included. */
  private @Nullable Duration scheduleToCloseTimeout;

  /** Longest time a task may wait in the queue for a worker. */
  private @Nullable Duration scheduleToStartTimeout;

  /** Longest time between heartbeats before an attempt counts as failed. */
  private @Nullable Duration heartbeatTimeout;

  /** Task queue the activities run on; unset uses the workflow's own queue. */
  private @Nullable String taskQueue;

  /** Whether the stub calls local activities, run by the workflow's worker without a task. */
  private @Nullable Boolean local;

  /** What cancelling a running activity waits for. */
  private @Nullable CancellationType cancellationType;

  /** Short text the Temporal UI shows for each activity call. */
  private @Nullable String summary;

  private final RetryProperties retry = new RetryProperties();

  public @Nullable Duration getStartToCloseTimeout() {
    return this.startToCloseTimeout;
  }

  public void setStartToCloseTimeout(@Nullable Duration startToCloseTimeout) {
    this.startToCloseTimeout = startToCloseTimeout;
  }

  public @Nullable Duration getScheduleToCloseTimeout() {
    return this.scheduleToCloseTimeout;
  }

  public void setScheduleToCloseTimeout(@Nullable Duration scheduleToCloseTimeout) {
    this.scheduleToCloseTimeout = scheduleToCloseTimeout;
  }

  public @Nullable Duration getScheduleToStartTimeout() {
    return this.scheduleToStartTimeout;
  }

  public void setScheduleToStartTimeout(@Nullable Duration scheduleToStartTimeout) {
    this.scheduleToStartTimeout = scheduleToStartTimeout;
  }

  public @Nullable Duration getHeartbeatTimeout() {
    return this.heartbeatTimeout;
  }

  public void setHeartbeatTimeout(@Nullable Duration heartbeatTimeout) {
    this.heartbeatTimeout = heartbeatTimeout;
  }

  public @Nullable String getTaskQueue() {
    return this.taskQueue;
  }

  public void setTaskQueue(@Nullable String taskQueue) {
    this.taskQueue = taskQueue;
  }

  public @Nullable Boolean getLocal() {
    return this.local;
  }

  public void setLocal(@Nullable Boolean local) {
    this.local = local;
  }

  public @Nullable CancellationType getCancellationType() {
    return this.cancellationType;
  }

  public void setCancellationType(@Nullable CancellationType cancellationType) {
    this.cancellationType = cancellationType;
  }

  public @Nullable String getSummary() {
    return this.summary;
  }

  public void setSummary(@Nullable String summary) {
    this.summary = summary;
  }

  public RetryProperties getRetry() {
    return this.retry;
  }

  /** What cancelling a running activity waits for. */
  public enum CancellationType {
    /** Request cancellation and go on without waiting. */
    TRY_CANCEL,
    /** Wait until the activity acknowledges the cancellation. */
    WAIT_CANCELLATION_COMPLETED,
    /** Do not ask the activity; go on at once. */
    ABANDON
  }
}
