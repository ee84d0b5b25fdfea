package dev.temporalboot.autoconfigure.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.util.Durations;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.schedule.ScheduleOutcome;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
import io.temporal.client.schedules.ScheduleActionResult;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.common.interceptors.ScheduleClientCallsInterceptorBase;
import io.temporal.common.interceptors.ScheduleClientInterceptor;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Declared schedules reconciled with one embedded server, restarting the application's context
 * against it: created, left alone, updated, a foreign one untouched, and a run that starts the
 * workflow with the YAML arguments converted.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduleReconciliationTests {

  private static EmbeddedTemporalServer server;

  private static WorkflowServiceStubs stubs;

  private static TestServiceStubs testService;

  private static ScheduleClient schedules;

  @BeforeAll
  static void startServer() {
    server = new EmbeddedTemporalServer("127.0.0.1", 0, true);
    server.start();
    stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.getTarget()).build());
    testService =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder()
                .setTarget(server.getTarget())
                .validateAndBuildWithDefaults());
    schedules = ScheduleClient.newInstance(stubs);
  }

  @AfterAll
  static void stopServer() {
    testService.shutdownNow();
    stubs.shutdownNow();
    server.close();
  }

  /** The application: a worker for the report, connected to the shared server. */
  static ApplicationContextRunner app(String id, String... schedule) {
    String prefix = "temporal.schedules." + id + ".";
    ApplicationContextRunner runner =
        TemporalContextRunners.withWorker("reports", StockReportWorkflowImpl.class)
            .withPropertyValues(
                "temporal.embedded.enabled=false",
                "temporal.connection.target=" + server.getTarget(),
                "spring.application.name=stock",
                prefix + "workflow=StockReportWorkflow",
                prefix + "arguments[0]=5",
                prefix + "arguments[1].tier=gold",
                prefix + "arguments[1].skus[0]=A-1");
    for (String property : schedule) {
      runner = runner.withPropertyValues(prefix + property);
    }
    return runner;
  }

  static ScheduleOutcome outcome(AssertableApplicationContext context, String id) {
    assertThat(context).hasNotFailed();
    return context.getBean(DeclaredSchedules.class).getSchedules().stream()
        .filter((entry) -> entry.id().equals(id))
        .findFirst()
        .orElseThrow()
        .outcome();
  }

  @Test
  void aMissingScheduleIsCreatedWithTheDeclaredSpecActionAndOwner() {
    app("created", "cron=0 8 * * MON-FRI", "time-zone=Europe/Berlin", "overlap=buffer-one")
        .run(
            (context) -> {
              assertThat(outcome(context, "created")).isEqualTo(ScheduleOutcome.CREATED);
              ScheduleDescription description = schedules.getHandle("created").describe();
              ScheduleActionStartWorkflow action =
                  (ScheduleActionStartWorkflow) description.getSchedule().getAction();
              assertThat(action.getWorkflowType()).isEqualTo("LowStockReport");
              assertThat(action.getOptions().getWorkflowId()).isEqualTo("created");
              assertThat(action.getOptions().getTaskQueue()).isEqualTo("reports");
              assertThat(description.getSchedule().getSpec().getTimeZoneName())
                  .isEqualTo("Europe/Berlin");
              assertThat(description.getSchedule().getPolicy().getOverlap().name())
                  .isEqualTo("SCHEDULE_OVERLAP_POLICY_BUFFER_ONE");
              assertThat(description.getMemo("temporal-boot.owner", String.class))
                  .isEqualTo("stock");
            });
  }

  @Test
  void anUnchangedDeclarationLeavesTheScheduleAloneAndAChangedOneUpdatesIt(CapturedOutput output) {
    app("kept", "cron=0 8 * * *")
        .run((context) -> assertThat(outcome(context, "kept")).isEqualTo(ScheduleOutcome.CREATED));
    assertThat(output).doesNotContain("Temporal schedule 'kept' is up to date");
    app("kept", "cron=0 8 * * *")
        .run(
            (context) -> assertThat(outcome(context, "kept")).isEqualTo(ScheduleOutcome.UNCHANGED));
    assertThat(output)
        .containsOnlyOnce(
            "Temporal schedule 'kept' is up to date with its declaration: left unchanged");
    assertThat(schedules.getHandle("kept").describe().getInfo().getLastUpdatedAt()).isNull();
    app("kept", "cron=0 9 * * *")
        .run((context) -> assertThat(outcome(context, "kept")).isEqualTo(ScheduleOutcome.UPDATED));
    ScheduleDescription updated = schedules.getHandle("kept").describe();
    assertThat(updated.getInfo().getLastUpdatedAt()).isNotNull();
    assertThat(updated.getSchedule().getSpec().getCalendars())
        .singleElement()
        .satisfies((calendar) -> assertThat(calendar.getHour().get(0).getStart()).isEqualTo(9));
  }

  @Test
  void aScheduleThisApplicationDidNotCreateIsNeverTouched() {
    schedules.createSchedule(
        "foreign",
        Schedule.newBuilder()
            .setAction(
                ScheduleActionStartWorkflow.newBuilder()
                    .setWorkflowType("LowStockReport")
                    .setArguments(1, new StockReportWorkflow.Filter("silver", List.of()))
                    .setOptions(
                        WorkflowOptions.newBuilder()
                            .setWorkflowId("foreign")
                            .setTaskQueue("elsewhere")
                            .build())
                    .build())
            .setSpec(ScheduleSpec.newBuilder().setCronExpressions(List.of("0 7 * * *")).build())
            .build(),
        ScheduleOptions.newBuilder().build());
    app("foreign", "cron=0 8 * * *")
        .run(
            (context) ->
                assertThat(outcome(context, "foreign")).isEqualTo(ScheduleOutcome.NOT_OWNED));
    ScheduleDescription description = schedules.getHandle("foreign").describe();
    assertThat(description.getInfo().getLastUpdatedAt()).isNull();
    assertThat(
            ((ScheduleActionStartWorkflow) description.getSchedule().getAction())
                .getOptions()
                .getTaskQueue())
        .isEqualTo("elsewhere");
  }

  @Test
  void aCreateThatLosesTheRaceReadsTheScheduleAgainAndLeavesItAlone() {
    // Another instance creates the schedule between this one's describe and its create.
    ScheduleClientInterceptor otherInstanceFirst =
        (next) ->
            new ScheduleClientCallsInterceptorBase(next) {
              @Override
              public void createSchedule(CreateScheduleInput input) {
                super.createSchedule(input);
                super.createSchedule(input);
              }
            };
    app("raced", "cron=0 8 * * *")
        .withBean(ScheduleClientInterceptor.class, () -> otherInstanceFirst)
        .run(
            (context) ->
                assertThat(outcome(context, "raced")).isEqualTo(ScheduleOutcome.UNCHANGED));
    assertThat(schedules.getHandle("raced").describe().getInfo().getLastUpdatedAt()).isNull();
  }

  @Test
  void aRunStartsTheWorkflowWithTheYamlArgumentsConverted() {
    app("hourly", "interval.every=1h")
        .run(
            (context) -> {
              assertThat(outcome(context, "hourly")).isEqualTo(ScheduleOutcome.CREATED);
              testService
                  .blockingStub()
                  .unlockTimeSkippingWithSleep(
                      SleepRequest.newBuilder().setDuration(Durations.fromMinutes(61)).build());
              String workflowId =
                  await()
                      .atMost(Duration.ofSeconds(10))
                      .until(() -> firstRun("hourly"), (id) -> id != null);
              WorkflowClient client = context.getBean(WorkflowClient.class);
              assertThat(client.newUntypedWorkflowStub(workflowId).getResult(String.class))
                  .isEqualTo("5 gold [A-1]");
            });
  }

  private static @Nullable String firstRun(String id) {
    List<ScheduleActionResult> actions =
        schedules.getHandle(id).describe().getInfo().getRecentActions();
    return actions.isEmpty()
        ? null
        : ((ScheduleActionExecutionStartWorkflow) actions.get(0).getAction()).getWorkflowId();
  }
}
