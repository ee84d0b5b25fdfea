package dev.temporalboot.e2e.overrides;

import static dev.temporalboot.testsupport.StartupFailures.cause;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.diagnostics.TemporalBootException;
import dev.temporalboot.e2e.overrides.app.CounterImpl;
import dev.temporalboot.testsupport.StartupFailures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A typo in the YAML ({@code tsk-queue} in {@code overrides/typo/application.yml}) fails start-up
 * naming the key and the file, unless a source of higher priority replaced the whole list it is in:
 * Spring never reads that entry then, so there is nothing to report.
 */
class OverrideTypoTests {

  @Test
  void typoInTheYamlFailsStartupNamingTheKeyAndTheFile() {
    Throwable failure = OverrideRuns.startupFailure(OverrideRuns.TYPO_LOCATION);
    TemporalBootException exception = cause(failure, TemporalBootException.class);
    FailureAnalysis analysis = StartupFailures.analyze(failure);
    assertThat(analysis.getCause()).isSameAs(exception);
    assertThat(analysis.getDescription())
        .contains("temporal.workers[0].tsk-queue", "application.yml");
    // The suggestion, in the description or in the action.
    assertThat(analysis.getDescription() + analysis.getAction()).contains("task-queue");
  }

  @Test
  void typoInAListEntryThatTheCommandLineReplacedIsNotReported() {
    try (ConfigurableApplicationContext context =
        OverrideRuns.run(
            OverrideRuns.TYPO_LOCATION,
            "--temporal.workers[0].task-queue=acc-replaced",
            "--temporal.workers[0].workflow-classes[0]=" + CounterImpl.class.getName(),
            "--temporal.workers[0].activity-beans[0]=tickActivities")) {
      OverrideChecks.assertOnlyWorkerPolls(context, "acc-replaced");
    }
  }
}
