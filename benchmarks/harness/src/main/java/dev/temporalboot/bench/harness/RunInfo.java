package dev.temporalboot.bench.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

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
    BenchOptions options, Instant started, Instant finished, String loadBefore, String loadAfter) {

  /** The run's length in minutes, one decimal. */
  String minutes() {
    return String.format(
        Locale.ROOT, "%.1f", Duration.between(this.started, this.finished).toMillis() / 60_000.0);
  }
}
