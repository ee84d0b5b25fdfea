package dev.temporalboot.bench.harness;

/**
 * What one worker process measured.
 *
 * @param variant the wiring
 * @param group what was run: a scenario key, or {@code types-N} for registration scaling
 * @param repetition zero-based
 * @param startupMillis process spawn to the first workflow's completion
 * @param rssStartupMib resident set size right after that first workflow
 * @param throughput workflows completed per second after start-up; NaN for start-up only runs
 * @param rssAfterMib resident set size after the throughput run; NaN for start-up only runs
 * @param workerCpuMicrosPerWorkflow CPU time the worker process spent per workflow during the
 *     throughput run, user and system; less sensitive to a busy machine than the rate
 * @param serverCpuMicrosPerWorkflow the same for the server process
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
    String loadAverage) {}
