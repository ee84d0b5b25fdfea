package dev.temporalboot.internal.embedded.cron;

import com.google.protobuf.util.Timestamps;
import io.grpc.stub.StreamObserver;
import io.temporal.api.command.v1.Command;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueResponse;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Starts every cron child at its schedule's first time after it started, as a real cluster does:
 * the test server starts a child at once, so the child's first workflow task never reaches a
 * worker; it is completed here with a continue-as-new, its cron schedule as the initiator, whose
 * delay runs to that first time. The parent sees the child started; the later runs go on as the
 * test server times five plain fields, or as {@link ComputedCronRuns} times the other schedules.
 */
final class CronChildStarts {

  private static final List<EventType> FIRST_TASK =
      List.of(
          EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED,
          EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
          EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED);

  private static final String IDENTITY = "temporal-boot embedded server (cron child start)";

  private final ComputedCronRuns computed;

  private final Supplier<WorkflowServiceGrpc.WorkflowServiceImplBase> workflowService;

  private final Supplier<Instant> clock;

  /** The schedules of the children started and not yet polled, by namespace and workflow id. */
  private final Map<String, WorkflowCron> starting = new ConcurrentHashMap<>();

  /** The schedules as written of the children started here, for their parents' histories. */
  private final Map<String, String> written = new ConcurrentHashMap<>();

  CronChildStarts(
      ComputedCronRuns computed,
      Supplier<WorkflowServiceGrpc.WorkflowServiceImplBase> workflowService,
      Supplier<Instant> clock) {
    this.computed = computed;
    this.workflowService = workflowService;
    this.clock = clock;
  }

  /**
   * Returns the schedule to start a child with: none when it is one to time here, else the schedule
   * unchanged for the test server to time the runs after the first. Either way the child's first
   * run is started here at its first time.
   */
  String started(String namespace, String workflowId, String schedule) {
    String key = namespace + '\n' + workflowId;
    WorkflowCron cron = ComputedCronRuns.parse(schedule);
    if (cron == null) {
      this.written.remove(key);
      this.starting.remove(key);
      return schedule;
    }
    this.starting.put(key, cron);
    if (!ComputedCronRuns.computed(cron)) {
      // The test server times the later runs from the schedule the child keeps.
      this.written.remove(key);
      return schedule;
    }
    this.computed.child(namespace, workflowId, schedule, cron);
    this.written.put(key, schedule);
    return "";
  }

  /**
   * Returns the workflow task for a worker: the task itself, or, for a child's first task, none,
   * once the task is completed with the continue-as-new to the child's first run.
   */
  PollWorkflowTaskQueueResponse polled(String namespace, PollWorkflowTaskQueueResponse task) {
    String key = namespace + '\n' + task.getWorkflowExecution().getWorkflowId();
    List<HistoryEvent> events = task.getHistory().getEventsList();
    if (this.starting.isEmpty()
        || !this.starting.containsKey(key)
        || task.getTaskToken().isEmpty()
        || events.isEmpty()) {
      return task;
    }
    var started = events.get(0).getWorkflowExecutionStartedEventAttributes();
    if (!started.hasParentWorkflowExecution() || !started.getContinuedExecutionRunId().isEmpty()) {
      return task;
    }
    WorkflowCron cron = this.starting.remove(key);
    if (cron == null
        || !events.stream().map(HistoryEvent::getEventType).toList().equals(FIRST_TASK)) {
      return task; // taken by another poll, or a signal or cancellation came first: run it now
    }
    Instant startedAt = Instant.ofEpochMilli(Timestamps.toMillis(events.get(0).getEventTime()));
    Duration backoff = CronNextTimes.backoff(cron, startedAt, this.clock.get());
    if (!complete(namespace, task, CronContinuations.firstRun(started, backoff))) {
      return task; // the child runs at once rather than never
    }
    if (ComputedCronRuns.computed(cron)) {
      this.computed.closed(task.getWorkflowExecution().getRunId());
    }
    return PollWorkflowTaskQueueResponse.getDefaultInstance();
  }

  /** Returns the parent's history with each child's schedule as written. */
  History restore(String namespace, History history) {
    if (this.written.isEmpty()
        || history.getEventsList().stream()
            .noneMatch(HistoryEvent::hasStartChildWorkflowExecutionInitiatedEventAttributes)) {
      return history;
    }
    History.Builder restored = history.toBuilder();
    for (HistoryEvent.Builder event : restored.getEventsBuilderList()) {
      if (event.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
        var child = event.getStartChildWorkflowExecutionInitiatedEventAttributesBuilder();
        String childNamespace = child.getNamespace().isEmpty() ? namespace : child.getNamespace();
        String schedule = this.written.get(childNamespace + '\n' + child.getWorkflowId());
        if (child.getCronSchedule().isEmpty() && schedule != null) {
          child.setCronSchedule(schedule);
        }
      }
    }
    return restored.build();
  }

  private boolean complete(String namespace, PollWorkflowTaskQueueResponse task, Command firstRun) {
    AtomicBoolean completed = new AtomicBoolean();
    this.workflowService
        .get()
        .respondWorkflowTaskCompleted(
            RespondWorkflowTaskCompletedRequest.newBuilder()
                .setNamespace(namespace)
                .setTaskToken(task.getTaskToken())
                .setIdentity(IDENTITY)
                .addCommands(firstRun)
                .build(),
            new StreamObserver<RespondWorkflowTaskCompletedResponse>() {
              @Override
              public void onNext(RespondWorkflowTaskCompletedResponse response) {
                completed.set(true);
              }

              @Override
              public void onError(Throwable error) {
                // the child closed meanwhile: the worker gets the task and the server's answer
              }

              @Override
              public void onCompleted() {}
            });
    return completed.get();
  }
}
