package dev.temporalboot.bench.harness;

import java.time.Instant;

/**
 * When and how the run went, for RESULTS.md.
 *
 * @param options the run's settings
 * @param started wall clock at the start
 * @param finished wall clock at the end
 * @param loadBefore 1-minute load average before the run
 * @param loadAfter 1-minute load average after the run
 */
record RunInfo(
    BenchOptions options, Instant started, Instant finished, String loadBefore, String loadAfter) {}
