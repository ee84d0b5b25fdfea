package dev.temporalboot.bench.harness;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The measured part of a throughput run, after start-up: the rate, CPU time of worker and server,
 * the server's share of a core and, where counted, the activity calls in flight.
 */
final class ThroughputRun {

  /** Longer than the activities' 100 ms writing interval, so a read sees the latest figures. */
  private static final Duration STATS_SETTLE = Duration.ofMillis(300);

  private final Run run;
  private final ServerProcess server;
  private final WorkerProcess worker;
  private final LoadGenerator load;
  private final String queue;
  private final Path stats;

  /**
   * @param stats the file the worker's activities count into; null where they do not
   */
  ThroughputRun(
      Run run,
      ServerProcess server,
      WorkerProcess worker,
      LoadGenerator load,
      String queue,
      Path stats) {
    this.run = run;
    this.server = server;
    this.worker = worker;
    this.load = load;
    this.queue = queue;
    this.stats = stats;
  }

  Sample measure(double startupMillis, double rssStartup) throws Exception {
    InFlight inFlightBefore = inFlight();
    int count = this.run.workflows();
    double workerBefore = this.worker.cpuMicros();
    double serverBefore = this.server.cpuSeconds();
    double throughput =
        this.load.runMany(
            this.queue,
            count,
            this.run.inFlight(),
            BenchRunner.inputPrefix(this.run),
            this.worker::isAlive);
    double seconds = count / throughput;
    double serverAfter = this.server.cpuSeconds();
    double workerCpu = (this.worker.cpuMicros() - workerBefore) / count;
    double rssAfter = this.worker.residentMib();
    InFlight inFlightAfter = inFlight();
    boolean counted = this.stats != null;
    return new Sample(
        this.run.variant(),
        this.run.group(),
        this.run.rep(),
        startupMillis,
        rssStartup,
        throughput,
        rssAfter,
        workerCpu,
        (serverAfter - serverBefore) * 1e6 / count,
        ProcStat.share(serverBefore, serverAfter, seconds),
        counted ? inFlightAfter.peak() : Double.NaN,
        counted ? inFlightAfter.meanSince(inFlightBefore, seconds) : Double.NaN,
        MachineInfo.loadAverage());
  }

  private InFlight inFlight() throws Exception {
    if (this.stats == null) {
      return InFlight.NONE;
    }
    Thread.sleep(STATS_SETTLE.toMillis());
    return InFlight.read(this.stats);
  }
}
