package dev.temporalboot.internal.embedded.cron;

import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.temporal.api.command.v1.Command;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueResponse;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the cron workflows whose schedule has no five-field UTC equivalent ({@code @every}, a zone
 * with daylight saving time, a zone's weekdays), and those continued as new with a schedule, as a
 * real cluster times them: started with no schedule (and a start delay), each run's completion or
 * failure turned into a continue-as-new to the next time; {@link CronRunChains} keeps which run
 * follows which.
 */
final class ComputedCronRuns {

  private final Supplier<Instant> clock;

  /** The schedule as written and read, by namespace and workflow id. */
  private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();

  private final CronTaskRuns tasks = new CronTaskRuns();

  private final CronRunChains chains = new CronRunChains();

  ComputedCronRuns(Supplier<Instant> clock) {
    this.clock = clock;
  }

  /** Returns whether the test server cannot run the schedule from five fields. */
  static boolean computed(WorkflowCron cron) {
    return FiveFieldCron.utcFields(cron) == null;
  }

  /**
   * Returns the first run's delay, to start the workflow with instead of its schedule, when the
   * schedule is one to compute, else null (and forgets a schedule the workflow id had before).
   */
  com.google.protobuf.@Nullable Duration firstDelay(
      String namespace, String workflowId, String schedule) {
    String key = key(namespace, workflowId);
    WorkflowCron cron = parse(schedule);
    if (cron == null || !computed(cron)) {
      this.schedules.remove(key);
      return null;
    }
    Instant now = this.clock.get();
    this.schedules.put(key, new Schedule(schedule, cron));
    return Durations.fromMillis(CronNextTimes.backoff(cron, now, now).toMillis());
  }

  /**
   * Times the runs of a cron child whose first run {@link CronChildStarts} starts.
   *
   * @param written the schedule as written
   */
  void child(String namespace, String workflowId, String written, WorkflowCron cron) {
    this.schedules.put(key(namespace, workflowId), new Schedule(written, cron));
  }

  /** Notes a run closed for the next cron run by someone other than its workflow. */
  void closed(String runId) {
    this.chains.closed(runId);
  }

  /**
   * Notes the run a workflow task belongs to (so that a continue-as-new command knows its
   * workflow), and the run's started event when it carries it and the run is timed here.
   */
  void polled(String namespace, PollWorkflowTaskQueueResponse task) {
    String key = key(namespace, task.getWorkflowExecution().getWorkflowId());
    if (task.getTaskToken().isEmpty()) {
      return;
    }
    String runId = task.getWorkflowExecution().getRunId();
    this.tasks.put(task.getTaskToken(), new CronTaskRuns.Run(key, runId));
    if (!this.schedules.containsKey(key)) {
      return;
    }
    for (HistoryEvent event : task.getHistory().getEventsList()) {
      if (event.hasWorkflowExecutionStartedEventAttributes()) {
        this.chains.started(runId, event);
      }
    }
  }

  /** Returns the history of a workflow timed here as {@link CronRunChains#restore} tells. */
  History restore(String namespace, String workflowId, History history) {
    Schedule schedule = this.schedules.get(key(namespace, workflowId));
    if (schedule == null) {
      return history;
    }
    return this.chains.restore(history, schedule.written());
  }

  /**
   * Returns the completion with the run's close turned into a continue-as-new to the next run, and
   * a continue-as-new command's schedule taken out, to time the next runs here (the test server
   * would keep the closing run's schedule instead).
   */
  RespondWorkflowTaskCompletedRequest rewrite(RespondWorkflowTaskCompletedRequest completed) {
    CronTaskRuns.Run run = this.tasks.take(completed.getTaskToken());
    if (run == null) {
      return completed;
    }
    RespondWorkflowTaskCompletedRequest.Builder rewritten = completed.toBuilder();
    for (int i = 0; i < rewritten.getCommandsCount(); i++) {
      Command command = rewritten.getCommands(i);
      if (command.hasContinueAsNewWorkflowExecutionCommandAttributes()) {
        String written =
            command.getContinueAsNewWorkflowExecutionCommandAttributes().getCronSchedule();
        WorkflowCron cron = parse(written);
        if (cron != null) {
          this.schedules.put(run.key(), new Schedule(written, cron));
          Command.Builder continued = command.toBuilder();
          continued.getContinueAsNewWorkflowExecutionCommandAttributesBuilder().setCronSchedule("");
          rewritten.setCommands(i, continued);
        }
        continue;
      }
      Schedule schedule = this.schedules.get(run.key());
      HistoryEvent started = this.chains.started(run.runId());
      if (schedule == null || started == null) {
        continue;
      }
      boolean retries = started.getWorkflowExecutionStartedEventAttributes().hasRetryPolicy();
      if (command.hasCompleteWorkflowExecutionCommandAttributes()
          || (command.hasFailWorkflowExecutionCommandAttributes() && !retries)) {
        rewritten.setCommands(i, next(schedule, started, command));
        this.chains.closed(run.runId());
      }
    }
    return rewritten.build();
  }

  private Command next(Schedule schedule, HistoryEvent startedEvent, Command closing) {
    WorkflowExecutionStartedEventAttributes started =
        startedEvent.getWorkflowExecutionStartedEventAttributes();
    // A real cluster times the next run from this run's execution time: its start plus its delay.
    Instant scheduled =
        Instant.ofEpochMilli(
            Timestamps.toMillis(
                Timestamps.add(
                    startedEvent.getEventTime(), started.getFirstWorkflowTaskBackoff())));
    Duration backoff = CronNextTimes.backoff(schedule.cron(), scheduled, this.clock.get());
    return CronContinuations.nextRun(started, closing, backoff);
  }

  /** Parses a schedule, or returns null for none or one the server refuses. */
  static @Nullable WorkflowCron parse(String schedule) {
    if (schedule.isEmpty()) {
      return null;
    }
    try {
      return WorkflowCronParser.parse(schedule);
    } catch (IllegalArgumentException ex) {
      return null; // refused by the five-field rewrite, with the server's message
    }
  }

  private static String key(String namespace, String workflowId) {
    return namespace + '\n' + workflowId;
  }

  private record Schedule(String written, WorkflowCron cron) {}
}
