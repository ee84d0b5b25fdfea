package dev.temporalboot.internal.embedded.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Empty;
import com.google.protobuf.util.Timestamps;
import dev.temporalboot.internal.embedded.TimeSkippingWorkerServer;
import io.temporal.api.enums.v1.ContinueAsNewInitiator;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cron children wait for their schedule's first time, as on a real cluster, and then run at a real
 * cluster's times, five plain fields or not ({@code @every}, a zone with daylight saving time), as
 * time skips.
 */
class CronChildWorkflowsTests {

  private static final String QUEUE = "cron-children";

  /** Each child run seen, by workflow id, in the order they ran. */
  static final Map<String, List<Run>> runs = new ConcurrentHashMap<>();

  /** A run: when it started, the previous run's result it saw, and its cron schedule. */
  record Run(Instant at, int lastResult, String schedule) {}

  private TimeSkippingWorkerServer temporal;

  private TestServiceStubs testService;

  private WorkflowClient client;

  @BeforeEach
  void start() {
    this.temporal = TimeSkippingWorkerServer.start(QUEUE, ParentImpl.class, ChildJobImpl.class);
    this.client = this.temporal.client;
    this.testService = this.temporal.testService;
  }

  @AfterEach
  void stop() {
    this.temporal.close();
  }

  @Test
  void anEveryHourChildRunsAnHourAfterItsStartThenHourlyWithThePreviousResult() {
    String childId = startParent("@every 1h");
    Instant started = firstRunStart(childId);

    this.temporal.skip(Duration.ofHours(3).plusMinutes(30));

    List<Run> seen = runs(childId, 3);
    for (int i = 0; i < 3; i++) {
      Instant due = started.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(i + 1L));
      assertThat(seen.get(i).at()).isBetween(due, due.plusSeconds(2));
    }
    assertThat(seen).extracting(Run::lastResult).containsExactly(0, 1, 2);
    assertThat(seen).extracting(Run::schedule).containsOnly("@every 1h");
  }

  @Test
  void anHourlyChildStartedAtTwentyPastTenRunsFirstAtElevenThenHourlyWithThePreviousResult() {
    skipTo(LocalTime.of(10, 20));
    String childId = startParent("0 * * * *");
    assertThat(firstRunStart(childId).atZone(ZoneOffset.UTC).toLocalTime())
        .isBetween(LocalTime.of(10, 20), LocalTime.of(10, 21));

    this.temporal.skip(Duration.ofHours(2).plusMinutes(30));

    List<Run> seen = runs(childId, 2);
    assertThat(seen)
        .extracting((run) -> run.at().atZone(ZoneOffset.UTC).toLocalTime().withNano(0))
        .containsExactly(LocalTime.of(11, 0), LocalTime.of(12, 0));
    assertThat(seen).extracting(Run::lastResult).containsExactly(0, 1);
    assertThat(seen).extracting(Run::schedule).containsOnly("0 * * * *");
  }

  @Test
  void aChildInAZoneWithDaylightSavingTimeRunsAtItsLocalTimeAcrossTheChange() {
    // From noon two days before America/New_York next moves to summer time (at 2:00), three nights
    // at 1:30 local time: the day before, the change's day (still before the change), the day
    // after; the UTC hour moves by one between the last two.
    ZoneId newYork = ZoneId.of("America/New_York");
    LocalDate change = ClockChanges.nextSpringForwardDay(newYork, serverTime());
    this.temporal.skip(
        Duration.between(
            serverTime(), change.minusDays(2).atTime(12, 0).atZone(newYork).toInstant()));
    String childId = startParent("CRON_TZ=America/New_York 30 1 * * *");

    this.temporal.skip(Duration.ofDays(3));

    List<Run> seen = runs(childId, 3);
    assertThat(seen)
        .extracting((run) -> run.at().truncatedTo(ChronoUnit.MINUTES))
        .containsExactly(
            change.minusDays(1).atTime(1, 30).atZone(newYork).toInstant(),
            change.atTime(1, 30).atZone(newYork).toInstant(),
            change.plusDays(1).atTime(1, 30).atZone(newYork).toInstant());
    assertThat(seen).extracting(Run::lastResult).containsExactly(0, 1, 2);
    assertThat(seen).extracting(Run::schedule).containsOnly("CRON_TZ=America/New_York 30 1 * * *");
  }

  @Test
  void theParentSeesTheChildStartedWithItsScheduleAsWrittenAndNeverCompleted() {
    String parentId = "parent-" + UUID.randomUUID();
    String childId = startParent(parentId, "@every 1h");

    this.temporal.skip(Duration.ofHours(2).plusMinutes(30));

    runs(childId, 2);
    List<HistoryEvent> parent = this.client.fetchHistory(parentId).getHistory().getEventsList();
    assertThat(parent)
        .filteredOn(HistoryEvent::hasStartChildWorkflowExecutionInitiatedEventAttributes)
        .extracting(
            (e) -> e.getStartChildWorkflowExecutionInitiatedEventAttributes().getCronSchedule())
        .containsExactly("@every 1h");
    assertThat(parent).anyMatch(HistoryEvent::hasChildWorkflowExecutionStartedEventAttributes);
    assertThat(parent)
        .noneMatch(HistoryEvent::hasChildWorkflowExecutionCompletedEventAttributes)
        .noneMatch(HistoryEvent::hasChildWorkflowExecutionFailedEventAttributes);
    // The run the parent got waits for the first time: it continues as new with the schedule.
    List<HistoryEvent> first =
        this.client.fetchHistory(childId, firstRunId(childId)).getHistory().getEventsList();
    assertThat(first.get(0).getWorkflowExecutionStartedEventAttributes().getCronSchedule())
        .isEqualTo("@every 1h");
    assertThat(
            first
                .get(first.size() - 1)
                .getWorkflowExecutionContinuedAsNewEventAttributes()
                .getInitiator())
        .isEqualTo(ContinueAsNewInitiator.CONTINUE_AS_NEW_INITIATOR_CRON_SCHEDULE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"@every 1h", "0 * * * *"})
  void cancellingTheChildEndsItsRunsAndTheParentSeesItCanceled(String cron) {
    skipTo(LocalTime.of(10, 20));
    String parentId = "parent-" + UUID.randomUUID();
    String childId = startParent(parentId, cron);
    this.temporal.skip(Duration.ofHours(2).plusMinutes(30));
    runs(childId, 2);

    WorkflowStub parent = this.client.newUntypedWorkflowStub(parentId);
    parent.signal("cancelChild");

    assertThat(parent.getResult(String.class)).isEqualTo("CanceledFailure");
    assertThat(status(childId))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    int ran = runs.get(childId).size();
    this.temporal.skip(Duration.ofHours(3));
    assertThat(runs.get(childId)).hasSize(ran);
  }

  @ParameterizedTest
  @ValueSource(strings = {"@every 1h", "0 * * * *"})
  void cancellingTheChildWhileItWaitsForItsFirstRunEndsItCanceled(String cron) {
    skipTo(LocalTime.of(10, 20));
    String parentId = "parent-" + UUID.randomUUID();
    String childId = startParent(parentId, cron);

    WorkflowStub parent = this.client.newUntypedWorkflowStub(parentId);
    parent.signal("cancelChild");

    assertThat(parent.getResult(String.class)).isEqualTo("CanceledFailure");
    assertThat(status(childId))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"@every 1h", "0 * * * *"})
  void terminatingTheChildEndsItsRuns(String cron) {
    skipTo(LocalTime.of(10, 20));
    String childId = startParent(cron);
    this.temporal.skip(Duration.ofHours(1).plusMinutes(30));
    runs(childId, 1);

    this.client.newUntypedWorkflowStub(childId).terminate("enough");

    assertThat(status(childId))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED);
    this.temporal.skip(Duration.ofHours(3));
    assertThat(runs.get(childId)).hasSize(1);
  }

  private String startParent(String cron) {
    return startParent("parent-" + UUID.randomUUID(), cron);
  }

  private String startParent(String parentId, String cron) {
    String childId = "child-" + UUID.randomUUID();
    WorkflowStub parent =
        this.client.newUntypedWorkflowStub(
            "Parent",
            WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(parentId).build());
    parent.start(childId, cron);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                this.client.fetchHistory(parentId).getHistory().getEventsList().stream()
                    .anyMatch(HistoryEvent::hasChildWorkflowExecutionStartedEventAttributes));
    return childId;
  }

  private String firstRunId(String childId) {
    return this.client
        .fetchHistory(childId)
        .getHistory()
        .getEvents(0)
        .getWorkflowExecutionStartedEventAttributes()
        .getFirstExecutionRunId();
  }

  private Instant firstRunStart(String childId) {
    HistoryEvent first =
        this.client.fetchHistory(childId, firstRunId(childId)).getHistory().getEvents(0);
    return Instant.ofEpochMilli(Timestamps.toMillis(first.getEventTime()));
  }

  private WorkflowExecutionStatus status(String workflowId) {
    return this.client.newUntypedWorkflowStub(workflowId).describe().getStatus();
  }

  private Instant serverTime() {
    return Instant.ofEpochMilli(
        Timestamps.toMillis(
            this.testService.blockingStub().getCurrentTime(Empty.getDefaultInstance()).getTime()));
  }

  /** Skips to the next time of day given, in UTC, on the server's clock. */
  private void skipTo(LocalTime time) {
    Instant now = serverTime();
    ZonedDateTime next = now.atZone(ZoneOffset.UTC).with(time);
    if (!next.toInstant().isAfter(now)) {
      next = next.plusDays(1);
    }
    this.temporal.skip(Duration.between(now, next.toInstant()));
  }

  private static List<Run> runs(String childId, int atLeast) {
    List<Run> seen =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> List.copyOf(runs.getOrDefault(childId, List.of())),
                (r) -> r.size() >= atLeast);
    assertThat(seen).hasSize(atLeast);
    return seen;
  }

  /** Starts a cron child and waits, until told to cancel it. */
  @WorkflowInterface
  public interface Parent {

    @WorkflowMethod(name = "Parent")
    String run(String childId, String cron);

    @SignalMethod
    void cancelChild();
  }

  /** Runs {@link Parent}: returns how the child ended, once cancelled. */
  public static class ParentImpl implements Parent {

    private boolean cancel;

    @Override
    public String run(String childId, String cron) {
      ChildJob child =
          Workflow.newChildWorkflowStub(
              ChildJob.class,
              ChildWorkflowOptions.newBuilder()
                  .setWorkflowId(childId)
                  .setCronSchedule(cron)
                  .build());
      Promise<Integer>[] result = new Promise[1];
      CancellationScope scope =
          Workflow.newCancellationScope(() -> result[0] = Async.function(child::run));
      scope.run();
      Workflow.getWorkflowExecution(child).get();
      Workflow.await(() -> this.cancel);
      scope.cancel();
      try {
        return "completed with " + result[0].get();
      } catch (ChildWorkflowFailure ex) {
        return ex.getCause().getClass().getSimpleName();
      }
    }

    @Override
    public void cancelChild() {
      this.cancel = true;
    }
  }

  /** A cron child that returns one more than its previous run. */
  @WorkflowInterface
  public interface ChildJob {

    @WorkflowMethod(name = "ChildJob")
    int run();
  }

  /** Notes each run, then works for a minute (so that a cancellation ends it as canceled). */
  public static class ChildJobImpl implements ChildJob {

    @Override
    public int run() {
      Integer last = Workflow.getLastCompletionResult(Integer.class);
      int previous = last == null ? 0 : last;
      if (!Workflow.isReplaying()) {
        var info = Workflow.getInfo();
        runs.computeIfAbsent(info.getWorkflowId(), (id) -> new CopyOnWriteArrayList<>())
            .add(
                new Run(
                    Instant.ofEpochMilli(Workflow.currentTimeMillis()),
                    previous,
                    info.getCronSchedule()));
      }
      Workflow.sleep(Duration.ofMinutes(1));
      return previous + 1;
    }
  }
}
