package dev.temporalboot.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One measurement: which worker, where it is reported, and what it runs: after the start-up
 * workflow, {@code workflows} more with at most {@code inFlight} unfinished (none: start-up only).
 *
 * @param variant the wiring
 * @param group where the sample is reported
 * @param rep zero-based repetition
 * @param javaHome the JDK the worker runs on
 * @param classpath the worker's classpath
 * @param flags JVM flags of this run (a start-up mode's), after the common and the variant's own
 * @param pinned whether server and worker share CPU 0 ({@code taskset -c 0}), a slow machine
 * @param sleepMillis how long each activity blocks; 0 for CPU-bound activities
 * @param workflows workflows of the measured run
 * @param inFlight at most unfinished at once
 * @param oneActivity whether each workflow calls one activity instead of two
 * @param serverDelay how much later each chunk between worker and server arrives, each way, through
 *     a {@link LatencyProxy}; zero for a direct connection
 */
record Run(
    Variant variant,
    String group,
    int rep,
    Path javaHome,
    String classpath,
    List<String> flags,
    boolean pinned,
    long sleepMillis,
    int workflows,
    int inFlight,
    boolean oneActivity,
    Duration serverDelay) {

  /** A start-up only run. */
  static Run startup(
      Variant variant, String group, int rep, Path javaHome, String classpath, List<String> flags) {
    return new Run(
        variant, group, rep, javaHome, classpath, flags, false, 0, 0, 0, false, Duration.ZERO);
  }

  /** The same run with the server {@code oneWay} away from the worker. */
  Run withServerDelay(Duration oneWay) {
    return new Run(
        this.variant,
        this.group,
        this.rep,
        this.javaHome,
        this.classpath,
        this.flags,
        this.pinned,
        this.sleepMillis,
        this.workflows,
        this.inFlight,
        this.oneActivity,
        oneWay);
  }

  String name() {
    return this.group + "-" + this.variant.key() + "-" + this.rep;
  }

  /** The command prefix that pins a process to CPU 0, or nothing. */
  List<String> launcher() {
    return this.pinned ? List.of("taskset", "-c", "0") : List.of();
  }
}
