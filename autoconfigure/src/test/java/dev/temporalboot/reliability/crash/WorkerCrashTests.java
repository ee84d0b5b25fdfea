package dev.temporalboot.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A worker process killed or stopped under load, small enough for every build; {@code
 * WorkerCrashSoakTests} runs the same scenarios at size with {@code -Psoak}.
 */
class WorkerCrashTests {

  private CrashHarness harness;

  @AfterEach
  void closeHarness() {
    if (this.harness != null) {
      this.harness.close();
    }
  }

  @Test
  void everyWorkflowCompletesCorrectlyAfterTheWorkerIsKilledMidLoad() throws Exception {
    this.harness = new CrashHarness("crash-fast");
    CrashHarness.HistoryStats stats =
        CrashScenario.run(this.harness, 60, 1, Duration.ofSeconds(90));
    // The kill must have cost something, or it hit a worker with nothing in flight.
    assertThat(stats.activityRetries + stats.workflowTaskTimeouts).isPositive();
  }

  @Test
  void sigtermMidLoadDrainsInFlightActivitiesWithoutRetries() {
    this.harness = new CrashHarness("graceful-fast");
    CrashHarness.HistoryStats stats =
        GracefulStopScenario.run(this.harness, 60, Duration.ofSeconds(60));
    // The scenario checked that no activity running at the stop was retried; a task the server
    // handed to the stopping worker's last polls may still be (see the README).
    assertThat(stats.activityTimeouts).isZero();
  }
}
