package dev.temporalboot.internal.embedded.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Empty;
import com.google.protobuf.util.Timestamps;
import dev.temporalboot.internal.embedded.TimeSkippingWorkerServer;
import io.temporal.api.enums.v1.ContinueAsNewInitiator;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cron workflows whose schedule has no five-field UTC equivalent ({@code @every}, a zone with
 * daylight saving time, a zone's weekdays) run at a real cluster's times, with time skipped over
 * hours and days.
 */
class ComputedCronWorkflowsTests {

  private static final String QUEUE = "computed-cron";

  /** Each run seen, by workflow id, in the order they ran. */
  static final Map<String, List<Run>> runs = new ConcurrentHashMap<>();

  /**
   * A run: when it started, the previous result it saw, and its cron schedule (or, for {@link
   * FlakyJob}, the previous run's failure).
   */
  record Run(Instant at, int lastResult, String schedule) {}

  private TimeSkippingWorkerServer temporal;

  private TestServiceStubs testService;

  private WorkflowClient client;

  @BeforeEach
  void start() {
    this.temporal =
        TimeSkippingWorkerServer.start(QUEUE, CountingJobImpl.class, FlakyJobImpl.class);
    this.client = this.temporal.client;
    this.testService = this.temporal.testService;
  }

  @AfterEach
  void stop() {
    this.temporal.close();
  }

  @Test
  void everyTwoHoursRunsTwoThenFourThenSixHoursAfterTheStart() {
    WorkflowStub job = start("@every 2h");
    Instant started = eventTime(job.getExecution().getRunId(), job);

    this.temporal.skip(Duration.ofHours(6).plusMinutes(30));

    List<Run> seen =
        await().atMost(Duration.ofSeconds(10)).until(() -> runs(job), (r) -> r.size() >= 3);
    assertThat(seen).hasSize(3);
    for (int i = 0; i < 3; i++) {
      // As robfig's @every on a real cluster: the start plus the interval, down to the second.
      Instant due = started.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(2L * (i + 1)));
      assertThat(seen.get(i).at()).isBetween(due, due.plusSeconds(2));
    }
  }

  @Test
  void eachRunSeesThePreviousRunsResultAndTheScheduleAsWritten() {
    WorkflowStub job = start("@every 1h");

    this.temporal.skip(Duration.ofHours(3).plusMinutes(30));

    List<Run> seen =
        await().atMost(Duration.ofSeconds(10)).until(() -> runs(job), (r) -> r.size() >= 3);
    assertThat(seen).extracting(Run::lastResult).containsExactly(0, 1, 2);
    assertThat(seen).extracting(Run::schedule).containsOnly("@every 1h");
    List<HistoryEvent> first =
        this.client
            .fetchHistory(job.getExecution().getWorkflowId(), job.getExecution().getRunId())
            .getHistory()
            .getEventsList();
    assertThat(first.get(0).getWorkflowExecutionStartedEventAttributes().getCronSchedule())
        .isEqualTo("@every 1h");
    var closed = first.get(first.size() - 1).getWorkflowExecutionContinuedAsNewEventAttributes();
    assertThat(closed.getInitiator())
        .isEqualTo(ContinueAsNewInitiator.CONTINUE_AS_NEW_INITIATOR_CRON_SCHEDULE);
    assertThat(closed.getNewExecutionRunId()).isNotEmpty();
  }

  @Test
  void aZoneWithDaylightSavingTimeRunsAtItsLocalTimeAcrossTheChange() {
    // From noon two days before Europe/Paris next moves to summer time, three mornings at 8 local
    // time: the day before the change, its day (after it, at 2:00), the day after; the UTC hour
    // moves by one between the first two.
    ZoneId paris = ZoneId.of("Europe/Paris");
    LocalDate change = ClockChanges.nextSpringForwardDay(paris, serverTime());
    this.temporal.skip(
        Duration.between(
            serverTime(), change.minusDays(2).atTime(12, 0).atZone(paris).toInstant()));
    WorkflowStub job = start("CRON_TZ=Europe/Paris 0 8 * * *");

    this.temporal.skip(Duration.ofDays(3));

    List<Run> seen =
        await().atMost(Duration.ofSeconds(10)).until(() -> runs(job), (r) -> r.size() >= 3);
    assertThat(seen)
        .extracting((run) -> run.at().truncatedTo(ChronoUnit.MINUTES))
        .containsExactly(
            change.minusDays(1).atTime(8, 0).atZone(paris).toInstant(),
            change.atTime(8, 0).atZone(paris).toInstant(),
            change.plusDays(1).atTime(8, 0).atZone(paris).toInstant());
    assertThat(seen).extracting(Run::schedule).containsOnly("CRON_TZ=Europe/Paris 0 8 * * *");
  }

  @Test
  void aZonesWeekdaysThatFallOnOtherDaysInUtcRunOnTheZonesWeekdays() {
    // 07:00 in Tokyo (UTC+9, no daylight saving time) is 22:00 UTC the day before.
    WorkflowStub job = start("CRON_TZ=Asia/Tokyo 0 7 * * MON-FRI");

    this.temporal.skip(Duration.ofDays(7));

    List<Run> seen =
        await().atMost(Duration.ofSeconds(10)).until(() -> runs(job), (r) -> r.size() >= 5);
    assertThat(seen).hasSize(5);
    assertThat(seen)
        .allSatisfy((run) -> assertThat(run.at().toString()).contains("T22:00:"))
        .extracting((run) -> run.at().atZone(ZoneOffset.UTC).getDayOfWeek())
        .doesNotContain(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    assertThat(seen).extracting(Run::schedule).containsOnly("CRON_TZ=Asia/Tokyo 0 7 * * MON-FRI");
  }

  @Test
  void aFailedRunIsFollowedByTheNextWithItsFailureAndTheLastResult() {
    WorkflowStub job = start("FlakyJob", "@every 1h");

    this.temporal.skip(Duration.ofHours(3).plusMinutes(30));

    List<Run> seen =
        await().atMost(Duration.ofSeconds(10)).until(() -> runs(job), (r) -> r.size() >= 3);
    assertThat(seen).extracting(Run::lastResult).containsExactly(0, 1, 1);
    assertThat(seen)
        .extracting(Run::schedule)
        .containsExactly("no failure", "no failure", "second run fails");
  }

  private WorkflowStub start(String cron) {
    return start("CountingJob", cron);
  }

  private WorkflowStub start(String type, String cron) {
    WorkflowStub job =
        this.client.newUntypedWorkflowStub(
            type,
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId("job-" + UUID.randomUUID())
                .setCronSchedule(cron)
                .build());
    job.start();
    return job;
  }

  private Instant eventTime(String runId, WorkflowStub job) {
    HistoryEvent first =
        this.client
            .fetchHistory(job.getExecution().getWorkflowId(), runId)
            .getHistory()
            .getEvents(0);
    return Instant.ofEpochMilli(Timestamps.toMillis(first.getEventTime()));
  }

  private Instant serverTime() {
    return Instant.ofEpochMilli(
        Timestamps.toMillis(
            this.testService.blockingStub().getCurrentTime(Empty.getDefaultInstance()).getTime()));
  }

  private static List<Run> runs(WorkflowStub job) {
    return List.copyOf(runs.getOrDefault(job.getExecution().getWorkflowId(), List.of()));
  }

  /** A cron workflow that returns one more than its previous run. */
  @WorkflowInterface
  public interface CountingJob {

    @WorkflowMethod(name = "CountingJob")
    int run();
  }

  /** Notes each run's start time, previous result and schedule. */
  public static class CountingJobImpl implements CountingJob {

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
      return previous + 1;
    }
  }

  /** A cron workflow whose second run fails. */
  @WorkflowInterface
  public interface FlakyJob {

    @WorkflowMethod(name = "FlakyJob")
    int run();
  }

  /** Fails its second run; notes the previous result and failure each run sees. */
  public static class FlakyJobImpl implements FlakyJob {

    @Override
    public int run() {
      Integer last = Workflow.getLastCompletionResult(Integer.class);
      int previous = last == null ? 0 : last;
      String failure =
          Workflow.getPreviousRunFailure()
              .map((f) -> ((ApplicationFailure) f).getOriginalMessage())
              .orElse("no failure");
      if (!Workflow.isReplaying()) {
        runs.computeIfAbsent(
                Workflow.getInfo().getWorkflowId(), (id) -> new CopyOnWriteArrayList<>())
            .add(new Run(Instant.ofEpochMilli(Workflow.currentTimeMillis()), previous, failure));
      }
      if (previous == 1 && failure.equals("no failure")) {
        throw ApplicationFailure.newNonRetryableFailure("second run fails", "Flaky");
      }
      return previous + 1;
    }
  }
}
