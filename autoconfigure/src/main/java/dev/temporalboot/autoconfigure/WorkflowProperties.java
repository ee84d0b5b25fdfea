package dev.temporalboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code temporal.workflows}: start options of new executions of one workflow
 * interface, keyed by its simple or fully qualified name.
 */
public class WorkflowProperties {

  /** Task queue to start on; unset uses the only queue of this application implementing it. */
  private @Nullable String taskQueue;

  /** What to do when a closed execution with the same workflow id exists. */
  private @Nullable IdReusePolicy idReusePolicy;

  /** What to do when a running execution with the same workflow id exists. */
  private @Nullable IdConflictPolicy idConflictPolicy;

  /** Time limit of the whole execution, retries and continue-as-new included. */
  private @Nullable Duration executionTimeout;

  /** Time limit of a single run. */
  private @Nullable Duration runTimeout;

  /** Time limit of a single workflow task; unset uses the server's default of 10s. */
  private @Nullable Duration taskTimeout;

  /** Cron schedule (five fields, or @every and other descriptors) to run the workflow on. */
  private @Nullable String cronSchedule;

  /** Memo attached to each execution: values are converted with the data converter. */
  private Map<String, Object> memo = new LinkedHashMap<>();

  /**
   * Search attributes of each execution, name to value; the value's YAML type picks the attribute
   * type: a string gives keyword (datetime when it is an ISO-8601 timestamp with offset), an
   * integer int, a decimal double, true/false bool, a list keyword-list.
   */
  private Map<String, Object> searchAttributes = new LinkedHashMap<>();

  /** Retry policy of the workflow; unset means a failed workflow is not retried. */
  private @Nullable RetryProperties retry;

  public @Nullable String getTaskQueue() {
    return this.taskQueue;
  }

  public void setTaskQueue(@Nullable String taskQueue) {
    this.taskQueue = taskQueue;
  }

  public @Nullable IdReusePolicy getIdReusePolicy() {
    return this.idReusePolicy;
  }

  public void setIdReusePolicy(@Nullable IdReusePolicy idReusePolicy) {
    this.idReusePolicy = idReusePolicy;
  }

  public @Nullable IdConflictPolicy getIdConflictPolicy() {
    return this.idConflictPolicy;
  }

  public void setIdConflictPolicy(@Nullable IdConflictPolicy idConflictPolicy) {
    this.idConflictPolicy = idConflictPolicy;
  }

  public @Nullable Duration getExecutionTimeout() {
    return this.executionTimeout;
  }

  public void setExecutionTimeout(@Nullable Duration executionTimeout) {
    this.executionTimeout = executionTimeout;
  }

  public @Nullable Duration getRunTimeout() {
    return this.runTimeout;
  }

  public void setRunTimeout(@Nullable Duration runTimeout) {
    this.runTimeout = runTimeout;
  }

  public @Nullable Duration getTaskTimeout() {
    return this.taskTimeout;
  }

  public void setTaskTimeout(@Nullable Duration taskTimeout) {
    this.taskTimeout = taskTimeout;
  }

  public @Nullable String getCronSchedule() {
    return this.cronSchedule;
  }

  public void setCronSchedule(@Nullable String cronSchedule) {
    this.cronSchedule = cronSchedule;
  }

  public Map<String, Object> getMemo() {
    return this.memo;
  }

  public void setMemo(Map<String, Object> memo) {
    this.memo = memo;
  }

  public Map<String, Object> getSearchAttributes() {
    return this.searchAttributes;
  }

  public void setSearchAttributes(Map<String, Object> searchAttributes) {
    this.searchAttributes = searchAttributes;
  }

  public @Nullable RetryProperties getRetry() {
    return this.retry;
  }

  public void setRetry(@Nullable RetryProperties retry) {
    this.retry = retry;
  }

  /** Whether a workflow id of a closed execution may be reused. */
  public enum IdReusePolicy {
    /** Start whatever the closed execution's outcome. */
    ALLOW_DUPLICATE,
    /** Start only when the closed execution failed, was cancelled, terminated or timed out. */
    ALLOW_DUPLICATE_FAILED_ONLY,
    /** Never reuse the id. */
    REJECT_DUPLICATE,
    /** Terminate a running execution with the id, then start. */
    TERMINATE_IF_RUNNING
  }

  /** What starting does when an execution with the workflow id is running. */
  public enum IdConflictPolicy {
    /** Fail the start. */
    FAIL,
    /** Return the running execution instead of starting one. */
    USE_EXISTING,
    /** Terminate the running execution, then start. */
    TERMINATE_EXISTING
  }
}
