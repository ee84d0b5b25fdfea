package dev.temporalboot.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The crash scenarios at size; tagged {@code soak}, so they run only with {@code -Psoak}. */
@Tag("soak")
class WorkerCrashSoakTests {

  private CrashHarness harness;

  @AfterEach
  void closeHarness() {
    if (this.harness != null) {
      this.harness.close();
    }
  }

  @Test
  void fiveHundredWorkflowsCompleteCorrectlyThroughThreeKills() throws Exception {
    this.harness = new CrashHarness("crash-soak");
    CrashHarness.HistoryStats stats =
        CrashScenario.run(this.harness, 500, 3, Duration.ofMinutes(5));
    assertThat(stats.activityRetries + stats.workflowTaskTimeouts).isPositive();
  }

  @Test
  void sigtermUnderFiveHundredWorkflowsRetriesNoActivityThatWasRunning() {
    this.harness = new CrashHarness("graceful-soak");
    CrashHarness.HistoryStats stats =
        GracefulStopScenario.run(this.harness, 500, Duration.ofMinutes(5));
    // The scenario checked that no activity running at the stop was retried; a task the server
    // handed to the stopping worker's last polls may still be (see the README).
    assertThat(stats.activityTimeouts).isZero();
  }
}
