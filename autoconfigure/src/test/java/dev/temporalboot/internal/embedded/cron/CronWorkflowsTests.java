package dev.temporalboot.internal.embedded.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.internal.embedded.TimeSkippingWorkerServer;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowTaskFailedCause;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cron workflows written in a real cluster's syntax run on the embedded server, with time skipped
 * over a few days; schedules that cannot run are refused when the workflow starts.
 */
class CronWorkflowsTests {

  private static final String QUEUE = "cron";

  /** Runs seen by workflow id: when each started, and the cron schedule it saw. */
  static final Map<String, Map<String, String>> runs = new ConcurrentHashMap<>();

  /** The cron schedule each workflow's runs saw in their WorkflowInfo, by workflow id. */
  static final Map<String, Set<String>> schedules = new ConcurrentHashMap<>();

  private TimeSkippingWorkerServer temporal;

  private WorkflowClient client;

  @BeforeEach
  void start() {
    this.temporal =
        TimeSkippingWorkerServer.start(
            QUEUE, CronJobImpl.class, LauncherImpl.class, PingedImpl.class);
    this.client = this.temporal.client;
  }

  @AfterEach
  void stop() {
    this.temporal.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@daily|3|00:00",
        "CRON_TZ=UTC 30 6 * * *|3|06:30",
        "0 12 ? * *|3|12:00",
        "0 18 * jan-dec sun-sat|3|18:00",
        "CRON_TZ=Asia/Tokyo 0 9 * * *|3|00:00",
      })
  void cronWorkflowsRunAtTheirTimesAsDaysAreSkipped(String cron, int days, String time) {
    WorkflowStub job = start(cron);

    this.temporal.skip(Duration.ofDays(days));

    String id = job.getExecution().getWorkflowId();
    await().atMost(Duration.ofSeconds(10)).until(() -> runs(id).size() >= days);
    assertThat(runs(id).values()).hasSize(days).allSatisfy((at) -> assertThat(at).endsWith(time));
    assertThat(schedules.get(id)).as("WorkflowInfo.getCronSchedule()").containsExactly(cron);
    assertThat(startedEvent(job).getWorkflowExecutionStartedEventAttributes().getCronSchedule())
        .isEqualTo(cron);
  }

  @org.junit.jupiter.api.Test
  void hourlyRunsFollowOneAnotherAsRunsOfOneWorkflow() {
    WorkflowStub job = start("@hourly");

    this.temporal.skip(Duration.ofHours(5).plusMinutes(30));

    String id = job.getExecution().getWorkflowId();
    await().atMost(Duration.ofSeconds(10)).until(() -> runs(id).size() >= 5);
    assertThat(runs(id).values())
        .hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy((at) -> assertThat(at).endsWith(":00"));
    List<HistoryEvent> first =
        this.client.fetchHistory(id, job.getExecution().getRunId()).getHistory().getEventsList();
    HistoryEvent closed = first.get(first.size() - 1);
    // A real cluster closes a cron run as completed, the SDK's test server as continued-as-new.
    String nextRun =
        closed.hasWorkflowExecutionCompletedEventAttributes()
            ? closed.getWorkflowExecutionCompletedEventAttributes().getNewExecutionRunId()
            : closed.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId();
    assertThat(nextRun).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void aChildWorkflowRunsOnItsCronSchedule() throws Exception {
    WorkflowStub launcher =
        this.client.newUntypedWorkflowStub(
            "Launcher",
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId("launcher-" + UUID.randomUUID())
                .build());
    String childId = "child-" + UUID.randomUUID();
    launcher.start(childId, "0 0 ? * *");
    // Not getResult: the server skips time while a client waits for a result, and would race the
    // cron child through days of runs before the launcher's task is done.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                this.client
                    .fetchHistory(launcher.getExecution().getWorkflowId())
                    .getHistory()
                    .getEventsList()
                    .stream()
                    .anyMatch(HistoryEvent::hasChildWorkflowExecutionStartedEventAttributes));
    assertThat(runs(childId)).as("runs before the first midnight").isEmpty();

    this.temporal.skip(Duration.ofDays(2));
    // The first run waits for the first midnight, as on a real cluster: none runs at the start.
    await().atMost(Duration.ofSeconds(10)).until(() -> midnights(childId) >= 2);
    assertThat(runs(childId).values()).containsOnly("00:00");
    assertThat(schedules.get(childId)).containsExactly("0 0 ? * *");
    assertThat(
            this.client
                .fetchHistory(launcher.getExecution().getWorkflowId())
                .getHistory()
                .getEventsList()
                .stream()
                .filter(HistoryEvent::hasStartChildWorkflowExecutionInitiatedEventAttributes)
                .map(
                    (e) ->
                        e.getStartChildWorkflowExecutionInitiatedEventAttributes()
                            .getCronSchedule()))
        .containsExactly("0 0 ? * *");
  }

  @org.junit.jupiter.api.Test
  void signalWithStartTakesTheSameSyntax() {
    WorkflowStub job = stub("@hourly");
    job.signalWithStart("poke", new Object[0], new Object[0]);

    assertThat(startedEvent(job).getWorkflowExecutionStartedEventAttributes().getCronSchedule())
        .isEqualTo("@hourly");
    WorkflowStub every = stub("@every 1h");
    every.signalWithStart("poke", new Object[0], new Object[0]);
    assertThat(startedEvent(every).getWorkflowExecutionStartedEventAttributes().getCronSchedule())
        .isEqualTo("@every 1h");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 0 * * 7", "0 0 30 2 *", "@every 1x", "CRON_TZ=Mars/Olympus @daily"})
  void invalidSchedulesAreRefusedAtOnceWithTheServersMessage(String cron) {
    assertThat(refusal(cron).getStatus().getDescription()).isEqualTo("invalid CronSchedule.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 0 * * 7", "0 0 30 2 *"})
  void aChildWithAScheduleARealClusterRefusesFailsTheParentsTask(String cron) {
    WorkflowStub launcher =
        this.client.newUntypedWorkflowStub(
            "Launcher",
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId("launcher-" + UUID.randomUUID())
                .build());
    launcher.start("child-" + UUID.randomUUID(), cron);

    HistoryEvent failed =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    this.client
                        .fetchHistory(launcher.getExecution().getWorkflowId())
                        .getHistory()
                        .getEventsList()
                        .stream()
                        .filter(
                            (e) -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED)
                        .findFirst()
                        .orElse(null),
                Objects::nonNull);
    var attributes = failed.getWorkflowTaskFailedEventAttributes();
    assertThat(attributes.getCause())
        .isEqualTo(
            WorkflowTaskFailedCause
                .WORKFLOW_TASK_FAILED_CAUSE_BAD_START_CHILD_EXECUTION_ATTRIBUTES);
    assertThat(attributes.getFailure().getMessage()).isEqualTo("invalid CronSchedule.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 * * * *|CronSchedule is not allowed.",
        "@every 1h|CronSchedule is not allowed.",
        "CRON_TZ=Europe/Paris 0 8 * * *|CronSchedule is not allowed.",
        "0 0 * * 7|invalid CronSchedule.",
      })
  void updateWithStartRefusesACronScheduleAsARealClusterDoes(String cron, String message) {
    WorkflowStub pinged =
        this.client.newUntypedWorkflowStub(
            "Pinged",
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId("pinged-" + UUID.randomUUID())
                .setWorkflowIdConflictPolicy(
                    WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .setCronSchedule(cron)
                .build());

    Throwable refused =
        catchThrowable(
            () ->
                pinged.executeUpdateWithStart(
                    UpdateOptions.newBuilder(String.class)
                        .setUpdateName("ping")
                        .setWaitForStage(WorkflowUpdateStage.COMPLETED)
                        .build(),
                    new Object[0],
                    new Object[0]));

    assertThat(refused).isInstanceOf(WorkflowServiceException.class);
    StatusRuntimeException status = (StatusRuntimeException) refused.getCause();
    assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(status.getStatus().getDescription()).isEqualTo(message);
  }

  private StatusRuntimeException refusal(String cron) {
    WorkflowServiceException refused =
        catchThrowableOfType(WorkflowServiceException.class, () -> start(cron));
    assertThat(refused).isNotInstanceOf(WorkflowExecutionAlreadyStarted.class);
    StatusRuntimeException status = (StatusRuntimeException) refused.getCause();
    assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    return status;
  }

  private WorkflowStub start(String cron) {
    WorkflowStub job = stub(cron);
    job.start();
    return job;
  }

  private WorkflowStub stub(String cron) {
    return this.client.newUntypedWorkflowStub(
        "CronJob",
        WorkflowOptions.newBuilder()
            .setTaskQueue(QUEUE)
            .setWorkflowId("job-" + UUID.randomUUID())
            .setCronSchedule(cron)
            .build());
  }

  private HistoryEvent startedEvent(WorkflowStub job) {
    return this.client
        .fetchHistory(job.getExecution().getWorkflowId(), job.getExecution().getRunId())
        .getHistory()
        .getEvents(0);
  }

  private static long midnights(String workflowId) {
    return runs(workflowId).values().stream().filter("00:00"::equals).count();
  }

  private static Map<String, String> runs(String workflowId) {
    return runs.getOrDefault(workflowId, Map.of());
  }

  /** A cron workflow that notes when each run starts. */
  @WorkflowInterface
  public interface CronJob {

    @WorkflowMethod(name = "CronJob")
    String run();
  }

  /** Notes its run's start time, in UTC, by run id. */
  public static class CronJobImpl implements CronJob {

    @Override
    public String run() {
      if (!Workflow.isReplaying()) {
        var info = Workflow.getInfo();
        String at =
            Instant.ofEpochMilli(Workflow.currentTimeMillis())
                .atZone(ZoneOffset.UTC)
                .toLocalTime()
                .withSecond(0)
                .withNano(0)
                .toString();
        runs.computeIfAbsent(info.getWorkflowId(), (id) -> new ConcurrentHashMap<>())
            .put(info.getRunId(), at);
        schedules
            .computeIfAbsent(info.getWorkflowId(), (id) -> ConcurrentHashMap.newKeySet())
            .add(info.getCronSchedule());
      }
      return "ran";
    }
  }

  /** A workflow that waits and answers updates. */
  @WorkflowInterface
  public interface Pinged {

    @WorkflowMethod(name = "Pinged")
    void run();

    @UpdateMethod
    String ping();
  }

  /** Runs {@link Pinged}. */
  public static class PingedImpl implements Pinged {

    @Override
    public void run() {
      Workflow.await(() -> false);
    }

    @Override
    public String ping() {
      return "pong";
    }
  }

  /** Starts a cron child and returns its id once it started. */
  @WorkflowInterface
  public interface Launcher {

    @WorkflowMethod(name = "Launcher")
    String launch(String childId, String cron);
  }

  /** Runs {@link Launcher}. */
  public static class LauncherImpl implements Launcher {

    @Override
    public String launch(String childId, String cron) {
      CronJob child =
          Workflow.newChildWorkflowStub(
              CronJob.class,
              ChildWorkflowOptions.newBuilder()
                  .setWorkflowId(childId)
                  .setCronSchedule(cron)
                  .setParentClosePolicy(
                      io.temporal.api.enums.v1.ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                  .build());
      Async.function(child::run);
      Workflow.getWorkflowExecution(child).get();
      return childId;
    }
  }
}
