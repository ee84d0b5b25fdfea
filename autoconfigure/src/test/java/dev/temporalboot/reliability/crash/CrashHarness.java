package dev.temporalboot.reliability.crash;

import static org.awaitility.Awaitility.await;

import com.google.protobuf.util.Timestamps;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.reliability.crash.app.CrashWorkerApplication;
import dev.temporalboot.reliability.crash.app.StepWorkflow;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.ActivityTaskStartedEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A server in the test JVM, worker apps in child processes, and a load of step workflows started
 * from the test's own client; closing it destroys every child process.
 */
final class CrashHarness implements AutoCloseable {

  private final String name;

  private final EmbeddedTemporalServer server;

  private final WorkflowServiceStubs stubs;

  private final WorkflowClient client;

  private final List<WorkerProcess> workers = new ArrayList<>();

  private final Map<String, CompletableFuture<String>> results = new LinkedHashMap<>();

  CrashHarness(String name) {
    this.name = name;
    this.server = new EmbeddedTemporalServer("127.0.0.1", 0, false);
    this.server.start();
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
    this.client = WorkflowClient.newInstance(this.stubs);
  }

  /** Starts a fresh worker process; the previous one must be gone. */
  WorkerProcess startWorker(String... arguments) {
    int number = this.workers.size() + 1;
    WorkerProcess worker =
        WorkerProcess.start(
            this.server.getTarget(),
            "worker-" + number + "@" + this.name,
            Path.of("target", "crash-logs", this.name + "-worker-" + number + ".log"),
            arguments);
    this.workers.add(worker);
    return worker;
  }

  /** Starts every workflow at once; each gets its own input so its result is checkable. */
  void startWorkflows(int count) {
    for (int i = 0; i < count; i++) {
      String id = this.name + "-" + i;
      WorkflowOptions options =
          WorkflowOptions.newBuilder()
              .setWorkflowId(id)
              .setTaskQueue(CrashWorkerApplication.TASK_QUEUE)
              // A workflow task lost with a killed worker is handed out again after this long.
              .setWorkflowTaskTimeout(Duration.ofSeconds(2))
              .build();
      StepWorkflow workflow = this.client.newWorkflowStub(StepWorkflow.class, options);
      WorkflowClient.start(workflow::run, id);
      this.results.put(id, WorkflowStub.fromTyped(workflow).getResultAsync(String.class));
    }
  }

  int completed() {
    return (int) this.results.values().stream().filter(CompletableFuture::isDone).count();
  }

  int started() {
    return this.results.size();
  }

  void awaitAllCompleted(Duration timeout) {
    try {
      // The SDK's test server throws from its own threads when a result long poll ends early:
      // noise, not a failure of the load (every await of the harness says so).
      await("all workflows complete")
          .dontCatchUncaughtExceptions()
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> completed() == started());
    } catch (ConditionTimeoutException ex) {
      this.results.entrySet().stream()
          .filter((entry) -> !entry.getValue().isDone())
          .findFirst()
          .ifPresent((entry) -> describeStuck(entry.getKey()));
      throw ex;
    }
  }

  private void describeStuck(String id) {
    StringBuilder history = new StringBuilder("history of unfinished " + id + ":");
    for (HistoryEvent event : this.client.fetchHistory(id).getEvents()) {
      history.append("\n  ").append(event.getEventType());
    }
    System.out.println(history);
  }

  /** Returns the result of every workflow by its ID, which is also its input. */
  Map<String, String> results() {
    Map<String, String> results = new LinkedHashMap<>();
    this.results.forEach((id, result) -> results.put(id, result.join()));
    return results;
  }

  /** Counts retries and timeouts in the server's histories. */
  HistoryStats historyStats() {
    return historyStats(Instant.MAX, "");
  }

  /**
   * Counts retries and timeouts, telling apart workflow task timeouts after an instant of tasks the
   * stopped worker had taken.
   */
  HistoryStats historyStats(Instant mark, String stoppedWorker) {
    HistoryStats stats = new HistoryStats(mark, stoppedWorker);
    for (String id : this.results.keySet()) {
      for (HistoryEvent event : this.client.fetchHistory(id).getEvents()) {
        stats.add(id, event);
      }
    }
    return stats;
  }

  @Override
  public void close() {
    this.workers.forEach(WorkerProcess::close);
    this.stubs.shutdownNow();
    this.server.close();
  }

  /** What the histories say about attempts beyond the first. */
  static final class HistoryStats {

    int activities;

    // The started event records the attempt that closed the activity: attempt 3 means 2 retries.
    int activityRetries;

    int activityTimeouts;

    int workflowTaskTimeouts;

    // Workflow task timeouts recorded after the mark (a stop) of tasks the stopped worker had
    // taken, or of its sticky queue (no started event), as opposed to a cold start's.
    int workflowTaskTimeoutsAfterMark;

    // The same of tasks the next worker took: a cold JVM's first tasks may outlast their timeout.
    int nextWorkerTaskTimeouts;

    private final Instant mark;

    private final String stoppedWorker;

    // Who took each workflow task, by "workflowId#startedEventId".
    private final Map<String, String> workflowTaskWorkers = new LinkedHashMap<>();

    // Why each retried activity's previous attempt ended, to tell a lost task from a slow one.
    final List<String> retried = new ArrayList<>();

    // The attempt that closed each activity, by "workflowId/activityId".
    final Map<String, Integer> finalAttempts = new LinkedHashMap<>();

    private final Map<Long, String> activityIds = new LinkedHashMap<>();

    HistoryStats(Instant mark, String stoppedWorker) {
      this.mark = mark;
      this.stoppedWorker = stoppedWorker;
    }

    void add(String workflowId, HistoryEvent event) {
      if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        this.activityIds.put(
            event.getEventId(), event.getActivityTaskScheduledEventAttributes().getActivityId());
      } else if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED) {
        ActivityTaskStartedEventAttributes started = event.getActivityTaskStartedEventAttributes();
        String activity = workflowId + "/" + this.activityIds.get(started.getScheduledEventId());
        this.finalAttempts.put(activity, started.getAttempt());
        this.activities++;
        this.activityRetries += started.getAttempt() - 1;
        if (started.getAttempt() > 1) {
          this.retried.add(
              activity
                  + " attempt "
                  + started.getAttempt()
                  + " by "
                  + started.getIdentity()
                  + " after: "
                  + started.getLastFailure().getMessage());
        }
      } else if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT) {
        this.activityTimeouts++;
      } else if (event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED) {
        this.workflowTaskWorkers.put(
            workflowId + "#" + event.getEventId(),
            event.getWorkflowTaskStartedEventAttributes().getIdentity());
      } else if (event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT) {
        this.workflowTaskTimeouts++;
        if (Instant.ofEpochMilli(Timestamps.toMillis(event.getEventTime())).isAfter(this.mark)) {
          long started = event.getWorkflowTaskTimedOutEventAttributes().getStartedEventId();
          String worker = this.workflowTaskWorkers.get(workflowId + "#" + started);
          if (worker == null || worker.equals(this.stoppedWorker)) {
            this.workflowTaskTimeoutsAfterMark++;
          } else {
            this.nextWorkerTaskTimeouts++;
          }
        }
      }
    }

    @Override
    public String toString() {
      return "activities="
          + this.activities
          + ", activity_retries="
          + this.activityRetries
          + ", activity_timeouts="
          + this.activityTimeouts
          + ", workflow_task_timeouts="
          + this.workflowTaskTimeouts
          + ", next_worker_task_timeouts="
          + this.nextWorkerTaskTimeouts
          + (this.retried.isEmpty() ? "" : ", retried=" + this.retried);
    }
  }
}
