package dev.temporalboot.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.reliability.crash.app.StepWorkflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stops the worker with SIGTERM mid-load, then lets a fresh worker finish the load. */
final class GracefulStopScenario {

  // Printed by StepActivitiesImpl once the workers have drained.
  private static final Pattern RUNNING_REPORT =
      Pattern.compile("graceful-stop running-at-stop=(\\d+)");

  private static final Pattern DRAIN_REPORT =
      Pattern.compile("graceful-stop drained=(\\S*) still-running=(\\d+) interrupted=(\\d+)");

  // The worker's temporal.shutdown.grace-period (application-crash-worker.properties).
  private static final Duration GRACE_PERIOD = Duration.ofSeconds(10);

  private GracefulStopScenario() {}

  /**
   * Runs the load through one graceful stop, checks that the stop drained the running activities in
   * time and every result.
   *
   * @return the history figures, for the caller's own assertions
   */
  static CrashHarness.HistoryStats run(CrashHarness harness, int workflows, Duration timeout) {
    long begin = System.nanoTime();
    // Steps long enough that most workflows have one running when the stop comes.
    WorkerProcess worker =
        harness.startWorker("--crash.step.min-millis=200", "--crash.step.max-millis=400");
    harness.startWorkflows(workflows);
    await("load under way")
        .dontCatchUncaughtExceptions()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> harness.completed() >= workflows / 4);

    long stopBegin = System.nanoTime();
    Instant stoppedAt = Instant.now();
    worker.terminate();
    // Margin for the JVM's start of the shutdown hook and its exit.
    await("worker exits after SIGTERM")
        .dontCatchUncaughtExceptions()
        .atMost(GRACE_PERIOD.plusSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !worker.isAlive());
    long stopMillis = (System.nanoTime() - stopBegin) / 1_000_000;
    assertThat(harness.completed()).as("workflows left when stopped").isLessThan(workflows);

    String output = worker.output();
    Matcher running = RUNNING_REPORT.matcher(output);
    Matcher drain = DRAIN_REPORT.matcher(output);
    assertThat(running.find() && drain.find()).as("drain report in " + worker.log()).isTrue();
    int runningAtStop = Integer.parseInt(running.group(1));
    List<String> drained =
        drain.group(1).isEmpty() ? List.of() : List.of(drain.group(1).split(","));
    assertThat(runningAtStop).as("activities running at SIGTERM").isPositive();
    assertThat(Integer.parseInt(drain.group(2))).as("still running after the drain").isZero();
    assertThat(Integer.parseInt(drain.group(3))).as("interrupted").isZero();

    harness.startWorker();
    harness.awaitAllCompleted(timeout);
    harness
        .results()
        .forEach(
            (input, result) -> assertThat(result).isEqualTo(StepWorkflow.expectedResult(input)));
    long wallMillis = (System.nanoTime() - begin) / 1_000_000;
    CrashHarness.HistoryStats stats = harness.historyStats(stoppedAt, worker.identity());
    // Each attempt the stopping worker ran (workflowId/activityId#attempt) closed the activity.
    for (String attempt : drained) {
      int hash = attempt.lastIndexOf('#');
      assertThat(stats.finalAttempts.get(attempt.substring(0, hash)))
          .as("attempt that closed " + attempt.substring(0, hash))
          .isEqualTo(Integer.parseInt(attempt.substring(hash + 1)));
    }
    System.out.println(
        "graceful stop: workflows="
            + workflows
            + ", activity_retries="
            + stats.activityRetries
            + ", wall_ms="
            + wallMillis
            + ", stop_ms="
            + stopMillis
            + ", running_at_stop="
            + runningAtStop
            + ", drained="
            + drained.size()
            + ", workflow_task_timeouts_after_stop="
            + stats.workflowTaskTimeoutsAfterMark
            + " ("
            + stats
            + ")");
    return stats;
  }
}
