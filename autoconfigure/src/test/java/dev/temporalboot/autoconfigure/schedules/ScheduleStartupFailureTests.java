package dev.temporalboot.autoconfigure.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.testsupport.StartupFailures;
import dev.temporalboot.testsupport.TemporalContextRunners;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

/** A schedule that cannot work fails start-up, before any worker polls, naming its key. */
class ScheduleStartupFailureTests {

  private static final String REPORT = "temporal.schedules.low-stock-report";

  private final ApplicationContextRunner runner =
      TemporalContextRunners.bindingOnlyWithWorker("reports", StockReportWorkflowImpl.class)
          .withPropertyValues(
              REPORT + ".workflow=StockReportWorkflow",
              REPORT + ".arguments[0]=5",
              REPORT + ".arguments[1].tier=gold",
              REPORT + ".arguments[1].skus[0]=A-1",
              REPORT + ".cron[0]=0 8 * * MON-FRI");

  @Test
  void theValidScheduleStarts() {
    this.runner.run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void anUnknownWorkflowNamesTheCandidates() {
    this.runner
        .withPropertyValues(REPORT + ".workflow=StockWorkflow")
        .run(
            (context) ->
                assertFailure(
                    context,
                    REPORT + ".workflow",
                    "'StockWorkflow' names no workflow",
                    "LowStockReport",
                    "StockReportWorkflow"));
  }

  @Test
  void aMissingWorkflowFails() {
    this.runner
        .withPropertyValues(REPORT + ".workflow=")
        .run((context) -> assertFailure(context, REPORT + ".workflow", "starts nothing"));
  }

  @Test
  void tooFewArgumentsFail() {
    TemporalContextRunners.bindingOnlyWithWorker("reports", StockReportWorkflowImpl.class)
        .withPropertyValues(
            REPORT + ".workflow=LowStockReport",
            REPORT + ".arguments[0]=5",
            REPORT + ".cron[0]=@daily")
        .run(
            (context) ->
                assertFailure(
                    context,
                    REPORT + ".arguments",
                    "it has 1 value(s), but StockReportWorkflow.report(int, Filter) takes 2"));
  }

  @Test
  void anArgumentOfTheWrongTypeNamesItsIndex() {
    this.runner
        .withPropertyValues(REPORT + ".arguments[0]=many")
        .run(
            (context) ->
                assertFailure(
                    context,
                    REPORT + ".arguments[0]",
                    "'many' does not convert to int, parameter 1 of StockReportWorkflow.report"));
  }

  @Test
  void anEmptyArgumentForANumberFailsInsteadOfBecomingZero() {
    this.runner
        .withPropertyValues(REPORT + ".arguments[0]=")
        .run(
            (context) ->
                assertFailure(
                    context,
                    REPORT + ".arguments[0]",
                    "it is empty, but parameter 1 of StockReportWorkflow.report(int, Filter) is int",
                    "Write a value the data converter reads as int, e.g. "
                        + REPORT
                        + ".arguments[0]=5."));
  }

  @Test
  void aScheduleWithoutCronOrIntervalNeverFires() {
    TemporalContextRunners.bindingOnlyWithWorker("reports", StockReportWorkflowImpl.class)
        .withPropertyValues(
            REPORT + ".workflow=StockReportWorkflow",
            REPORT + ".arguments[0]=5",
            REPORT + ".arguments[1].tier=gold")
        .run((context) -> assertFailure(context, REPORT + ".cron", "never fires"));
  }

  @Test
  void anEndBeforeTheStartNeverFires() {
    this.runner
        .withPropertyValues(
            REPORT + ".start-at=2030-01-01T00:00:00Z", REPORT + ".end-at=2029-01-01T00:00:00Z")
        .run((context) -> assertFailure(context, REPORT + ".end-at", "is not after start-at"));
  }

  @Test
  void anEndInThePastNeverFires() {
    this.runner
        .withPropertyValues(REPORT + ".end-at=2020-01-01T00:00:00Z")
        .run((context) -> assertFailure(context, REPORT + ".end-at", "no action time is left"));
  }

  @Test
  void aCronThatMatchesNoTimeFails() {
    this.runner
        .withPropertyValues(REPORT + ".cron[0]=0 0 30 2 *")
        .run((context) -> assertFailure(context, REPORT + ".cron[0]", "matches no time"));
  }

  @Test
  void aCronFromAPlaceholderSaysWhereItWasWrittenAndThroughWhichPlaceholder() {
    TemporalContextRunners.bindingOnlyWithWorker("reports", StockReportWorkflowImpl.class)
        .withPropertyValues(
            REPORT + ".workflow=StockReportWorkflow",
            REPORT + ".arguments[0]=5",
            REPORT + ".arguments[1].tier=gold",
            "REPORT_CRON=0 0 31 2 *")
        .withInitializer(
            (context) ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addLast(
                        new MapPropertySource(
                            "application.yml",
                            Map.of(REPORT + ".cron[0]", "${REPORT_CRON:0 8 * * *}"))))
        .run(
            (context) ->
                assertFailure(
                    context,
                    REPORT + ".cron[0]",
                    "'0 0 31 2 *' matches no time",
                    "from property source \"application.yml\", written as ${REPORT_CRON:0 8 * * *}"));
  }

  @Test
  void aBadCronFailsInTheServersWords() {
    this.runner
        .withPropertyValues(REPORT + ".cron[1]=61 * * * *")
        .run((context) -> assertFailure(context, REPORT + ".cron[1]", "the server would refuse"));
  }

  @Test
  void anUnknownTimeZoneFails() {
    this.runner
        .withPropertyValues(REPORT + ".time-zone=Mars/Olympus")
        .run(
            (context) ->
                assertFailure(context, REPORT + ".time-zone", "'Mars/Olympus' is not a time zone"));
  }

  @Test
  void aFixedOffsetTimeZoneFailsNamingTheEtcZoneOfThatOffset() {
    this.runner
        .withPropertyValues(REPORT + ".time-zone=+02:00")
        .run(
            (context) ->
                assertFailure(
                    context,
                    REPORT + ".time-zone",
                    "'+02:00' is a fixed offset from UTC",
                    "from property source \"test\"",
                    "Use Etc/GMT-2 for a fixed UTC+2"));
  }

  @Test
  void aGmtOffsetTimeZoneFailsToo() {
    this.runner
        .withPropertyValues(REPORT + ".time-zone=GMT-5")
        .run(
            (context) ->
                assertFailure(
                    context, REPORT + ".time-zone", "is a fixed offset", "Use Etc/GMT+5"));
  }

  @Test
  void anEtcZoneStarts() {
    this.runner
        .withPropertyValues(REPORT + ".time-zone=Etc/GMT-2")
        .run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void anEmptyTimeZoneFailsInsteadOfBecomingUtc() {
    this.runner
        .withPropertyValues(REPORT + ".time-zone=")
        .run(
            (context) ->
                assertFailure(
                    context, REPORT + ".time-zone", "it is empty", "Remove the key for UTC"));
  }

  @Test
  void anUnknownOverlapPolicyListsTheValidOnes() {
    this.runner
        .withPropertyValues(REPORT + ".overlap=sometimes")
        .run(
            (context) -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
              assertThat(analysis.getDescription()).contains(REPORT + ".overlap");
              assertThat(analysis.getDescription() + analysis.getAction())
                  .contains("buffer-one")
                  .contains("terminate-other");
            });
  }

  @Test
  void oneIdSpelledTwiceFails() {
    this.runner
        .withPropertyValues(
            "temporal.schedules.lowStockReport.workflow=StockReportWorkflow",
            "temporal.schedules.lowStockReport.cron[0]=@daily")
        .run(
            (context) -> {
              InvalidTemporalPropertyException failure =
                  StartupFailures.find(context, InvalidTemporalPropertyException.class);
              assertThat(failure.getMessage()).contains("same key as");
              assertThat(failure.getProperty()).isIn("temporal.schedules.lowStockReport", REPORT);
            });
  }

  @Test
  void anOffsetNotShorterThanTheIntervalFails() {
    this.runner
        .withPropertyValues(REPORT + ".interval.every=1h", REPORT + ".interval.offset=2h")
        .run((context) -> assertFailure(context, REPORT + ".interval.offset", "not less than"));
  }

  @Test
  void aTaskQueueThatCannotBeInferredFails() {
    TemporalContextRunners.bindingOnly()
        .withPropertyValues(
            "temporal.workflows[" + StockReportWorkflow.class.getName() + "].run-timeout=1m",
            REPORT + ".workflow=StockReportWorkflow",
            REPORT + ".arguments[0]=5",
            REPORT + ".arguments[1].tier=gold",
            REPORT + ".cron[0]=@daily")
        .run(
            (context) ->
                assertFailure(context, REPORT + ".task-queue", "no worker of this application"));
  }

  private static void assertFailure(
      AssertableApplicationContext context, String property, String... expected) {
    assertThat(context).hasFailed();
    InvalidTemporalPropertyException failure =
        StartupFailures.find(context, InvalidTemporalPropertyException.class);
    assertThat(failure.getProperty()).isEqualTo(property);
    FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
    assertThat(analysis.getDescription()).contains(property);
    for (String text : expected) {
      assertThat(analysis.getDescription() + analysis.getAction()).contains(text);
    }
  }
}
