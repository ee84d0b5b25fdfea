package dev.temporalboot.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.reliability.crash.app.StepWorkflow;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** A worker process killed or stopped under load; the server and client live in the test JVM. */
class WorkerCrashTests {

  private static final Pattern GRACEFUL_REPORT =
      Pattern.compile(
          "graceful-stop running-at-stop=(-?\\d+) finished-after-stop=(\\d+) interrupted=(\\d+)");

  private CrashHarness harness;

  @AfterEach
  void closeHarness() {
    if (this.harness != null) {
      this.harness.close();
    }
  }

  @Test
  void everyWorkflowCompletesCorrectlyAfterTheWorkerIsKilledMidLoad(TestInfo test)
      throws Exception {
    this.harness = new CrashHarness("crash-fast");
    CrashHarness.HistoryStats stats =
        CrashScenario.run(this.harness, 60, 1, Duration.ofSeconds(90));
    // The kill must have cost something, or it hit a worker with nothing in flight.
    assertThat(stats.activityRetries + stats.workflowTaskTimeouts).isPositive();
  }

  @Test
  void sigtermMidLoadDrainsInFlightActivitiesWithoutRetries() throws Exception {
    this.harness = new CrashHarness("graceful-fast");
    int workflows = 60;
    // Steps long enough that most workflows have one running when the stop comes.
    WorkerProcess worker =
        this.harness.startWorker("--crash.step.min-millis=200", "--crash.step.max-millis=400");
    this.harness.startWorkflows(workflows);
    await("load under way")
        .dontCatchUncaughtExceptions()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> this.harness.completed() >= workflows / 4);

    long stopBegin = System.nanoTime();
    worker.terminate();
    // Grace period 10s (application-crash-worker.properties) plus a margin for the JVM's exit.
    await("worker exits after SIGTERM")
        .dontCatchUncaughtExceptions()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !worker.isAlive());
    long stopMillis = (System.nanoTime() - stopBegin) / 1_000_000;
    assertThat(this.harness.completed()).as("workflows left when stopped").isLessThan(workflows);

    Matcher report = GRACEFUL_REPORT.matcher(worker.output());
    assertThat(report.find()).as("drain report in " + worker.log()).isTrue();
    int runningAtStop = Integer.parseInt(report.group(1));
    int finishedAfterStop = Integer.parseInt(report.group(2));
    int interrupted = Integer.parseInt(report.group(3));
    assertThat(runningAtStop).as("activities running at SIGTERM").isPositive();
    assertThat(finishedAfterStop).isGreaterThanOrEqualTo(runningAtStop);
    assertThat(interrupted).isZero();

    this.harness.startWorker();
    this.harness.awaitAllCompleted(Duration.ofSeconds(60));
    this.harness
        .results()
        .forEach(
            (input, result) -> assertThat(result).isEqualTo(StepWorkflow.expectedResult(input)));
    CrashHarness.HistoryStats stats = this.harness.historyStats();
    System.out.println(
        "graceful stop: workflows="
            + workflows
            + ", stop_ms="
            + stopMillis
            + ", running_at_stop="
            + runningAtStop
            + ", finished_after_stop="
            + finishedAfterStop
            + " ("
            + stats
            + ")");
    assertThat(stats.activityRetries).isZero();
    assertThat(stats.activityTimeouts).isZero();
  }
}
