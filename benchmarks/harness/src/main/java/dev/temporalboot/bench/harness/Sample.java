package dev.temporalboot.bench.harness;

/**
 * What one worker process measured.
 *
 * @param variant the wiring
 * @param group what was run: a scenario key, {@code types-N} for registration scaling, or {@code
 *     startup-<mode>} for a start-up mode
 * @param repetition zero-based
 * @param startupMillis process spawn to the first workflow's completion
 * @param rssStartupMib resident set size right after that first workflow
 * @param throughput workflows completed per second after start-up; NaN for start-up only runs
 * @param rssAfterMib resident set size after the throughput run; NaN for start-up only runs
 * @param workerCpuMicrosPerWorkflow CPU time the worker process spent per workflow during the
 *     throughput run, user and system; less sensitive to a busy machine than the rate
 * @param serverCpuMicrosPerWorkflow the same for the server process
 * @param serverCpuShare the server's CPU time over the run's wall time (1.0: one core busy)
 * @param inFlightPeak most activity calls in flight at once; NaN where not counted
 * @param inFlightMean mean activity calls in flight over the run; NaN where not counted
 * @param loadAverage the machine's 1-minute load average right after the measurement
 */
record Sample(
    Variant variant,
    String group,
    int repetition,
    double startupMillis,
    double rssStartupMib,
    double throughput,
    double rssAfterMib,
    double workerCpuMicrosPerWorkflow,
    double serverCpuMicrosPerWorkflow,
    double serverCpuShare,
    double inFlightPeak,
    double inFlightMean,
    String loadAverage) {

  /** A start-up only sample. */
  static Sample startup(
      Variant variant, String group, int rep, double millis, double rssMib, String load) {
    double nan = Double.NaN;
    return new Sample(variant, group, rep, millis, rssMib, nan, nan, nan, nan, nan, nan, nan, load);
  }
}
