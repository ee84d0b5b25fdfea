package dev.temporalboot.e2e.overrides;

import static dev.temporalboot.testsupport.StartupFailures.cause;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.diagnostics.TemporalBootException;
import dev.temporalboot.e2e.overrides.app.NotAWorkflowImpl;
import dev.temporalboot.e2e.overrides.app.OverridesApplication;
import dev.temporalboot.testsupport.StartupFailures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A mistake in a command-line argument that replaces the YAML's worker list fails start-up naming
 * that mistake, never the YAML's keys that the argument replaced (issue #15).
 */
class OverrideStartupFailureTests {

  @Test
  void unknownActivityBeanOnTheCommandLineIsNamed() {
    FailureAnalysis analysis =
        analyzeFailure(
            "--temporal.workers[0].task-queue=bad-beans",
            "--temporal.workers[0].activity-beans[0]=noSuchActivityBean");
    assertThat(analysis.getDescription())
        .contains("temporal.workers[0].activity-beans[0]", "noSuchActivityBean");
  }

  @Test
  void blankTaskQueueOnTheCommandLineIsNamed() {
    FailureAnalysis analysis = analyzeFailure("--temporal.workers[0].task-queue=");
    assertThat(analysis.getDescription()).contains("temporal.workers[0].task-queue");
  }

  @Test
  void classWithoutWorkflowInterfaceOnTheCommandLineIsNamed() {
    FailureAnalysis analysis =
        analyzeFailure(
            "--temporal.workers[0].task-queue=not-a-workflow",
            "--temporal.workers[0].workflow-classes[0]=" + NotAWorkflowImpl.class.getName());
    assertThat(analysis.getDescription()).contains(NotAWorkflowImpl.class.getName());
  }

  /**
   * Starts the app over its YAML with these arguments, and returns Spring Boot's report of the
   * failure: it comes from our exception, says how to fix it, and does not call the YAML's keys
   * unknown.
   */
  private static FailureAnalysis analyzeFailure(String... args) {
    Throwable failure = OverrideRuns.startupFailure(OverridesApplication.CONFIG_LOCATION, args);
    TemporalBootException exception = cause(failure, TemporalBootException.class);
    FailureAnalysis analysis = StartupFailures.analyze(failure);
    assertThat(analysis.getCause()).isSameAs(exception);
    assertThat(analysis.getAction()).isNotBlank();
    assertThat(analysis.getDescription())
        .doesNotContain("Unknown")
        .doesNotContain("application.yml")
        .doesNotContain("workers[1]");
    return analysis;
  }
}
