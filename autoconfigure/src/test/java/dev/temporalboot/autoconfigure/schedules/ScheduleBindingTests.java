package dev.temporalboot.autoconfigure.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.schedule.ScheduleDeclaration;
import dev.temporalboot.testsupport.StartupFailures;
import dev.temporalboot.testsupport.TemporalContextRunners;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** How a schedule's keys bind: placeholders, single values, overrides and their defaults. */
class ScheduleBindingTests {

  private static final String REPORT = "temporal.schedules.low-stock-report.";

  private final ApplicationContextRunner runner =
      TemporalContextRunners.bindingOnlyWithWorker("reports", StockReportWorkflowImpl.class)
          .withPropertyValues(
              REPORT + "workflow=LowStockReport",
              REPORT + "arguments[0]=5",
              REPORT + "arguments[1].tier=gold");

  @Test
  void aPlaceholderWithADefaultGivesTheCron() {
    above(
            this.runner,
            new MapPropertySource(
                "yaml", Map.of(REPORT + "cron", "${REPORT_CRON:0 8 * * MON,FRI}")))
        .run((context) -> assertThat(spec(context).crons()).containsExactly("0 8 * * MON,FRI"));
  }

  @Test
  void theEnvironmentOverridesThePlaceholder() {
    below(
            this.runner.withPropertyValues("REPORT_CRON=0 9 * * *"),
            new MapPropertySource("yaml", Map.of(REPORT + "cron", "${REPORT_CRON:0 8 * * *}")))
        .run((context) -> assertThat(spec(context).crons()).containsExactly("0 9 * * *"));
  }

  @Test
  void aProfilesListReplacesTheListBelowIt() {
    ApplicationContextRunner withYaml =
        below(
            this.runner,
            new MapPropertySource(
                "application.yml",
                Map.of(REPORT + "cron[0]", "0 8 * * *", REPORT + "cron[1]", "0 20 * * *")));
    above(
            withYaml,
            new MapPropertySource("application-prod.yml", Map.of(REPORT + "cron[0]", "0 6 * * *")))
        .run((context) -> assertThat(spec(context).crons()).containsExactly("0 6 * * *"));
  }

  @Test
  void startOptionsComeFromTheWorkflowsEntryUnlessTheScheduleSetsThem() {
    this.runner
        .withPropertyValues(
            REPORT + "interval.every=1h",
            REPORT + "run-timeout=5m",
            "temporal.workflows.StockReportWorkflow.run-timeout=1m",
            "temporal.workflows.StockReportWorkflow.execution-timeout=10m",
            "temporal.workflows.StockReportWorkflow.memo.team=stock",
            REPORT + "memo.report=low")
        .run(
            (context) -> {
              var action =
                  (io.temporal.client.schedules.ScheduleActionStartWorkflow)
                      entry(context).schedule().schedule().getAction();
              assertThat(action.getOptions().getWorkflowRunTimeout())
                  .isEqualTo(Duration.ofMinutes(5));
              assertThat(action.getOptions().getWorkflowExecutionTimeout())
                  .isEqualTo(Duration.ofMinutes(10));
              assertThat(action.getOptions().getMemo())
                  .containsEntry("team", "stock")
                  .containsEntry("report", "low");
              assertThat(action.getOptions().getWorkflowId()).isEqualTo("low-stock-report");
              assertThat(action.getOptions().getTaskQueue()).isEqualTo("reports");
            });
  }

  @Test
  void indexedArgumentsOfAHigherSourceReplaceTheYamlListInsteadOfMergingWithIt() {
    above(
            yamlArguments(),
            new SimpleCommandLinePropertySource(
                "--" + REPORT + "arguments[0]=7", "--" + REPORT + "arguments[1].tier=silver"))
        .run(
            (context) ->
                assertThat(entry(context).schedule().declaration().arguments())
                    .containsExactly("7", Map.of("tier", "silver")));
  }

  @Test
  void oneArgumentsValueOnTheCommandLineReplacesTheYamlList() {
    above(yamlArguments(), new SimpleCommandLinePropertySource("--" + REPORT + "arguments=7"))
        .run((context) -> assertArgumentCount(context, 1));
  }

  @Test
  void oneArgumentsValueInAnEnvironmentVariableReplacesTheYamlList() {
    above(
            yamlArguments(),
            new SystemEnvironmentPropertySource(
                "systemEnvironment", Map.of("TEMPORAL_SCHEDULES_LOWSTOCKREPORT_ARGUMENTS", "7")))
        .run((context) -> assertArgumentCount(context, 1));
  }

  @Test
  void aCommaSeparatedValueGivesOneTextArgumentPerParameterConvertedToItsType() {
    // 7 converts to the int; gold is the second argument, which must be a Filter.
    above(yamlArguments(), new SimpleCommandLinePropertySource("--" + REPORT + "arguments=7, gold"))
        .run(
            (context) -> assertArgumentFailure(context, "arguments[1]", "'gold' does not convert"));
  }

  @Test
  void aCommaSeparatedValueBindsWithoutAYamlList() {
    TemporalContextRunners.bindingOnlyWithWorker("reports", StockReportWorkflowImpl.class)
        .withPropertyValues(
            REPORT + "workflow=LowStockReport", REPORT + "cron=@daily", REPORT + "arguments=7,gold")
        .run(
            (context) -> assertArgumentFailure(context, "arguments[1]", "'gold' does not convert"));
  }

  /** The schedule with its arguments in a lowest source, as application.yml is. */
  private static ApplicationContextRunner yamlArguments() {
    return below(
        TemporalContextRunners.bindingOnlyWithWorker("reports", StockReportWorkflowImpl.class)
            .withPropertyValues(REPORT + "workflow=LowStockReport", REPORT + "cron=@daily"),
        new MapPropertySource(
            "application.yml",
            Map.of(
                REPORT + "arguments[0]",
                5,
                REPORT + "arguments[1].tier",
                "gold",
                REPORT + "arguments[1].skus[0]",
                "A-1")));
  }

  /** Adds the source above every other, as the command line and environment variables are. */
  private static ApplicationContextRunner above(
      ApplicationContextRunner runner, PropertySource<?> source) {
    return runner.withInitializer(
        (context) -> context.getEnvironment().getPropertySources().addFirst(source));
  }

  /** Adds the source below every other, as application.yml is. */
  private static ApplicationContextRunner below(
      ApplicationContextRunner runner, PropertySource<?> source) {
    return runner.withInitializer(
        (context) -> context.getEnvironment().getPropertySources().addLast(source));
  }

  private static void assertArgumentCount(AssertableApplicationContext context, int count) {
    assertArgumentFailure(
        context, "arguments", "it has " + count + " value(s), but StockReportWorkflow.report");
  }

  private static void assertArgumentFailure(
      AssertableApplicationContext context, String key, String problem) {
    assertThat(context).hasFailed();
    InvalidTemporalPropertyException failure =
        StartupFailures.find(context, InvalidTemporalPropertyException.class);
    assertThat(failure.getProperty()).isEqualTo(REPORT + key);
    assertThat(failure.getMessage()).contains(problem);
  }

  private static DeclaredSchedules.Entry entry(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    List<DeclaredSchedules.Entry> entries = context.getBean(DeclaredSchedules.class).getSchedules();
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  private static ScheduleDeclaration.Spec spec(AssertableApplicationContext context) {
    return entry(context).schedule().declaration().spec();
  }
}
