package dev.temporalboot.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.reliability.crash.app.StepWorkflow;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

/** Kills the worker with SIGKILL at random points of a load, restarting it each time. */
final class CrashScenario {

  private CrashScenario() {}

  /**
   * Runs the load through {@code kills} crashes and checks every result.
   *
   * @return the history figures, for the caller's own assertions
   */
  static CrashHarness.HistoryStats run(
      CrashHarness harness, int workflows, int kills, Duration timeout) throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    System.out.println("crash seed=" + seed + " (rerun with -Dcrash.seed=" + seed + ")");
    Random random = new Random(seed);
    long begin = System.nanoTime();

    WorkerProcess worker = harness.startWorker();
    harness.startWorkflows(workflows);
    for (int kill = 0; kill < kills; kill++) {
      // One random point in each of `kills` slices of the first 80% of the load, and at least one
      // completion by this worker, so every kill hits a worker that is doing work.
      int slice = workflows * 8 / 10 / kills;
      int threshold =
          Math.max(slice * kill + random.nextInt(Math.max(1, slice)), harness.completed() + 1);
      await("worker " + (kill + 1) + " completes up to " + threshold + " workflows")
          .dontCatchUncaughtExceptions()
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(20))
          .until(() -> harness.completed() >= threshold);
      worker.kill();
      System.out.println("killed worker " + (kill + 1) + " at completed=" + harness.completed());
      assertThat(harness.completed()).as("workflows left when killed").isLessThan(workflows);
      worker = harness.startWorker();
    }
    harness.awaitAllCompleted(timeout);
    long wallMillis = (System.nanoTime() - begin) / 1_000_000;

    Map<String, String> results = harness.results();
    assertThat(results).hasSize(workflows);
    results.forEach(
        (input, result) -> assertThat(result).isEqualTo(StepWorkflow.expectedResult(input)));
    CrashHarness.HistoryStats stats = harness.historyStats();
    assertThat(stats.activities).isEqualTo(workflows * StepWorkflow.STEPS);
    System.out.println(
        "workflows="
            + workflows
            + ", kills="
            + kills
            + ", activity_retries="
            + stats.activityRetries
            + ", wall_ms="
            + wallMillis
            + " ("
            + stats
            + ")");
    return stats;
  }
}
