package dev.temporalboot.autoconfigure.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.temporalboot.autoconfigure.actuate.TemporalEndpointAutoConfiguration;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.actuate.ScheduleRequestException;
import dev.temporalboot.internal.actuate.TemporalEndpoint;
import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.testsupport.StartupFailures;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleListDescription;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code temporal.schedules-enabled=false}: an application run as a development server for others
 * keeps its declared schedules to itself, even one whose task queue it cannot infer.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduleSwitchTests {

  private static final String REPORT = "temporal.schedules.low-stock-report";

  /** On the embedded server, without a worker: the schedule's task queue cannot be inferred. */
  private final ApplicationContextRunner runner =
      TemporalContextRunners.temporal()
          .withConfiguration(AutoConfigurations.of(TemporalEndpointAutoConfiguration.class))
          .withPropertyValues(
              "management.endpoints.web.exposure.include=temporal",
              // makes the interface known to the application, which runs no worker of it
              "temporal.workflows[" + StockReportWorkflow.class.getName() + "].run-timeout=1m",
              REPORT + ".workflow=StockReportWorkflow",
              REPORT + ".arguments[0]=5",
              REPORT + ".arguments[1].tier=gold",
              REPORT + ".cron[0]=@daily");

  @Test
  void switchedOffTheScheduleIsNeitherCheckedNorCreatedNorListed(CapturedOutput output) {
    this.runner
        .withPropertyValues("temporal.schedules-enabled=false")
        .run(
            (context) -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(DeclaredSchedules.class);
              assertThat(schedulesOnServer(context.getBean(ScheduleClient.class))).isEmpty();
              TemporalEndpoint endpoint = context.getBean(TemporalEndpoint.class);
              assertThat(endpoint.temporal())
                  .containsKeys("connection")
                  .doesNotContainKey("schedules");
              assertThat(
                      catchThrowableOfType(
                          ScheduleRequestException.class,
                          () ->
                              endpoint.schedule("schedules", "low-stock-report", "trigger", null)))
                  .hasMessageContaining("temporal.schedules-enabled is false");
            });
    assertThat(output).doesNotContain("low-stock-report").doesNotContain("Temporal schedule");
  }

  @Test
  void switchedOffTheValuesAreStillChecked() {
    this.runner
        .withPropertyValues("temporal.schedules-enabled=false", REPORT + ".jitter=-1s")
        .run((context) -> assertFailure(context, REPORT + ".jitter"));
  }

  @Test
  void switchedOnTheQueueThatCannotBeInferredFailsByKey() {
    this.runner
        .withPropertyValues("temporal.schedules-enabled=true")
        .run((context) -> assertFailure(context, REPORT + ".task-queue"));
  }

  @Test
  void switchedOnWithAWorkerTheScheduleIsCreated(CapturedOutput output) {
    this.runner
        .withPropertyValues(
            "temporal.workers[0].task-queue=reports",
            "temporal.workers[0].workflow-classes=" + StockReportWorkflowImpl.class.getName())
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              assertThat(schedulesOnServer(context.getBean(ScheduleClient.class)))
                  .containsExactly("low-stock-report");
              assertThat(context.getBean(TemporalEndpoint.class).temporal())
                  .containsKey("schedules");
            });
    assertThat(output).contains("Created Temporal schedule 'low-stock-report'");
  }

  @Test
  void aSwitchThatIsNotABooleanFailsByKey() {
    this.runner
        .withPropertyValues("temporal.schedules-enabled=flase")
        .run((context) -> assertFailure(context, "temporal.schedules-enabled"));
  }

  private static List<String> schedulesOnServer(ScheduleClient client) {
    return client.listSchedules().map(ScheduleListDescription::getScheduleId).toList();
  }

  private static void assertFailure(AssertableApplicationContext context, String property) {
    assertThat(context).hasFailed();
    assertThat(StartupFailures.find(context, InvalidTemporalPropertyException.class).getProperty())
        .isEqualTo(property);
  }
}
