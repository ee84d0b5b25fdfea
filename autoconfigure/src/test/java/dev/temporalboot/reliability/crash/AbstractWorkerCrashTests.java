package dev.temporalboot.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The crash scenarios; subclasses choose how many workflows, kills and how long to wait. */
abstract class AbstractWorkerCrashTests {

  private CrashHarness harness;

  /** Workflows started in each scenario. */
  abstract int workflows();

  /** SIGKILLs of the worker during the crash scenario. */
  abstract int kills();

  /** How long a scenario may take before it fails. */
  abstract Duration timeout();

  /** A name for the scenario's logs. */
  abstract String name();

  @AfterEach
  void closeHarness() {
    if (this.harness != null) {
      this.harness.close();
    }
  }

  @Test
  void everyWorkflowCompletesCorrectlyAfterTheWorkerIsKilledMidLoad() throws Exception {
    this.harness = new CrashHarness("crash-" + name());
    CrashHarness.HistoryStats stats =
        CrashScenario.run(this.harness, workflows(), kills(), timeout());
    // The kill must have cost something, or it hit a worker with nothing in flight.
    assertThat(stats.activityRetries + stats.workflowTaskTimeouts).isPositive();
  }

  @Test
  void sigtermMidLoadDrainsInFlightActivitiesWithoutRetries() {
    this.harness = new CrashHarness("graceful-" + name());
    CrashHarness.HistoryStats stats =
        GracefulStopScenario.run(this.harness, workflows(), timeout());
    // Neither an activity running at the stop nor a task handed to the stopping worker's last
    // polls may need a second attempt.
    assertThat(stats.activityRetries).as("activity retries caused by the stop").isZero();
    assertThat(stats.activityTimeouts).isZero();
    // A cold worker's first workflow tasks may outlast their 2 s timeout (the first worker's before
    // the stop, the next worker's after it); none the stopping worker had taken.
    assertThat(stats.workflowTaskTimeoutsAfterMark)
        .as("workflow task timeouts after the stop of tasks the stopped worker had taken")
        .isZero();
  }
}
