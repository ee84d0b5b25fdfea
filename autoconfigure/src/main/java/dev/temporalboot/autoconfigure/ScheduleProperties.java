package dev.temporalboot.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.Delimiter;
import org.springframework.util.StringUtils;

/**
 * One entry of {@code temporal.schedules}, keyed by the schedule id: the workflow it starts, when,
 * and its policies. Created at start-up when missing and updated when this application created it
 * and the entry changed.
 */
public class ScheduleProperties {

  /**
   * The workflow to start: the simple name of a @WorkflowInterface of this application, its fully
   * qualified name, or its workflow type name.
   */
  private @Nullable String workflow;

  /**
   * Arguments of the workflow method, written as a YAML list, indexed keys (arguments[0]) or one
   * comma-separated value, each converted to its parameter's type with the data converter. Bound as
   * a map by index, so that an argument may be a structure.
   */
  private Arguments arguments = new Arguments();

  /**
   * Workflow id of each started execution (the server appends the start time); unset uses the
   * schedule id.
   */
  private @Nullable String workflowId;

  /**
   * Task queue to start on; unset uses temporal.workflows.<Type>.task-queue, else the only queue of
   * this application implementing the workflow.
   */
  private @Nullable String taskQueue;

  /** Time limit of each execution; unset uses temporal.workflows.<Type>.execution-timeout. */
  private @Nullable Duration executionTimeout;

  /** Time limit of a single run; unset uses temporal.workflows.<Type>.run-timeout. */
  private @Nullable Duration runTimeout;

  /** Time limit of a workflow task; unset uses temporal.workflows.<Type>.task-timeout. */
  private @Nullable Duration taskTimeout;

  /** Retry policy of each execution; unset uses temporal.workflows.<Type>.retry. */
  private @Nullable RetryProperties retry;

  /** Memo of each execution, added to temporal.workflows.<Type>.memo. */
  private Map<String, Object> memo = new LinkedHashMap<>();

  /**
   * Search attributes of each execution, added to those of temporal.workflows.<Type>; typed as
   * there (string keyword, integer int, decimal double, true/false bool, list keyword-list).
   */
  private Map<String, Object> searchAttributes = new LinkedHashMap<>();

  /**
   * Cron expressions the schedule fires on (five fields, or a descriptor such as @daily or @every
   * 1h), in the schedule's time zone. A single value is one expression, commas included.
   */
  @Delimiter(Delimiter.NONE)
  private List<String> cron = new ArrayList<>();

  /** A fixed interval the schedule fires on, besides or instead of the cron expressions. */
  private @Nullable Interval interval;

  /**
   * Time zone of the cron expressions: an IANA zone name such as Europe/Berlin, or UTC, as the
   * server loads zones (for a fixed offset such as +02:00 use Etc/GMT-2); unset means UTC.
   */
  private @Nullable String timeZone;

  /** Longest random delay added to each action time, to spread the starts of many schedules. */
  private @Nullable Duration jitter;

  /** No action before this time (ISO-8601, e.g. 2027-01-01T00:00:00Z). */
  private @Nullable Instant startAt;

  /** No action after this time (ISO-8601). */
  private @Nullable Instant endAt;

  /** What to do when an action is due while the previous run is still running; unset means skip. */
  private @Nullable Overlap overlap;

  /**
   * How late a missed action may still run after the server was unavailable; unset uses the
   * server's default of one year.
   */
  private @Nullable Duration catchupWindow;

  /** Whether a failed run pauses the schedule. */
  private boolean pauseOnFailure = false;

  /** Whether the schedule is created paused. */
  private boolean paused = false;

  /** Note on the schedule's state, shown with it (e.g. why it is paused). */
  private @Nullable String note;

  public @Nullable String getWorkflow() {
    return this.workflow;
  }

  public void setWorkflow(@Nullable String workflow) {
    this.workflow = workflow;
  }

  public Arguments getArguments() {
    return this.arguments;
  }

  public void setArguments(Arguments arguments) {
    this.arguments = arguments;
  }

  public @Nullable String getWorkflowId() {
    return this.workflowId;
  }

  public void setWorkflowId(@Nullable String workflowId) {
    this.workflowId = workflowId;
  }

  public @Nullable String getTaskQueue() {
    return this.taskQueue;
  }

  public void setTaskQueue(@Nullable String taskQueue) {
    this.taskQueue = taskQueue;
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

  public @Nullable RetryProperties getRetry() {
    return this.retry;
  }

  public void setRetry(@Nullable RetryProperties retry) {
    this.retry = retry;
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

  public List<String> getCron() {
    return this.cron;
  }

  public void setCron(List<String> cron) {
    this.cron = cron;
  }

  public @Nullable Interval getInterval() {
    return this.interval;
  }

  public void setInterval(@Nullable Interval interval) {
    this.interval = interval;
  }

  public @Nullable String getTimeZone() {
    return this.timeZone;
  }

  public void setTimeZone(@Nullable String timeZone) {
    this.timeZone = timeZone;
  }

  public @Nullable Duration getJitter() {
    return this.jitter;
  }

  public void setJitter(@Nullable Duration jitter) {
    this.jitter = jitter;
  }

  public @Nullable Instant getStartAt() {
    return this.startAt;
  }

  public void setStartAt(@Nullable Instant startAt) {
    this.startAt = startAt;
  }

  public @Nullable Instant getEndAt() {
    return this.endAt;
  }

  public void setEndAt(@Nullable Instant endAt) {
    this.endAt = endAt;
  }

  public @Nullable Overlap getOverlap() {
    return this.overlap;
  }

  public void setOverlap(@Nullable Overlap overlap) {
    this.overlap = overlap;
  }

  public @Nullable Duration getCatchupWindow() {
    return this.catchupWindow;
  }

  public void setCatchupWindow(@Nullable Duration catchupWindow) {
    this.catchupWindow = catchupWindow;
  }

  public boolean isPauseOnFailure() {
    return this.pauseOnFailure;
  }

  public void setPauseOnFailure(boolean pauseOnFailure) {
    this.pauseOnFailure = pauseOnFailure;
  }

  public boolean isPaused() {
    return this.paused;
  }

  public void setPaused(boolean paused) {
    this.paused = paused;
  }

  public @Nullable String getNote() {
    return this.note;
  }

  public void setNote(@Nullable String note) {
    this.note = note;
  }

  /**
   * A schedule's arguments keyed by index ("0", "1", ...), as the binder gives a YAML list of any
   * values; one comma-separated value converts to text arguments, as for any list.
   */
  public static class Arguments extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    /** No arguments. */
    public Arguments() {}

    /**
     * Text arguments written as one value: {@code 5,6} gives "5" and "6", as Spring Boot splits a
     * list written as one value; an empty value gives none.
     *
     * @param commaSeparated the value as written
     */
    public Arguments(String commaSeparated) {
      String[] values = StringUtils.commaDelimitedListToStringArray(commaSeparated);
      for (int i = 0; i < values.length; i++) {
        put(String.valueOf(i), values[i].trim());
      }
    }
  }

  /** A fixed interval: fires at every multiple of {@code every} since the epoch, plus offset. */
  public static class Interval {

    /** Time between two actions, e.g. 1h. */
    private @Nullable Duration every;

    /** Shift of the actions within the interval, e.g. 5m past each hour; less than every. */
    private @Nullable Duration offset;

    public @Nullable Duration getEvery() {
      return this.every;
    }

    public void setEvery(@Nullable Duration every) {
      this.every = every;
    }

    public @Nullable Duration getOffset() {
      return this.offset;
    }

    public void setOffset(@Nullable Duration offset) {
      this.offset = offset;
    }
  }

  /** What a schedule does when an action is due while its previous run is still running. */
  public enum Overlap {
    /** Do not start: skip the action. */
    SKIP,
    /** Start once the running one closes; keep at most one such action waiting. */
    BUFFER_ONE,
    /** Start each due action in turn once the previous one closes. */
    BUFFER_ALL,
    /** Cancel the running one, then start once it closes. */
    CANCEL_OTHER,
    /** Terminate the running one, then start. */
    TERMINATE_OTHER,
    /** Start regardless: runs overlap. */
    ALLOW_ALL
  }
}
