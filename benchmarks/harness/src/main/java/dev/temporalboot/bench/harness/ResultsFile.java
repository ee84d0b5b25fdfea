package dev.temporalboot.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes benchmarks/RESULTS.md: the table, every sample, and the machine it ran on. */
final class ResultsFile {

  private ResultsFile() {}

  static void write(Results results, RunInfo info, List<Sample> samples, Path file)
      throws IOException {
    BenchOptions options = info.options();
    StringBuilder md = new StringBuilder("# Benchmark results\n\n");
    md.append("Written by `").append(options.command).append("`; medians of ");
    md.append(options.repetitions).append(" repetitions (registration scaling: ");
    md.append(options.scalingRepetitions);
    if (options.scalingSpringAot) {
      md.append(", the Spring apps also in Spring AOT mode, processed with the generated types");
    }
    md.append("). Each repetition runs the three variants ");
    md.append("in a different order, each in its own JVM against its own fresh test server.\n\n");
    md.append("![results](results.png)\n\n");
    md.append(Report.table(results)).append('\n');
    md.append(Report.observabilityTable(results)).append('\n');
    md.append("Headline figures (the last lines `benchmarks/run` prints):\n\n");
    for (String line : Report.headline(results)) {
      md.append("- `").append(line).append("`\n");
    }
    md.append("\nBest start-up configuration of each:\n\n");
    for (Variant variant : Variant.MAIN) {
      Metric from = results.startup.bestFrom(variant);
      md.append("- ").append(variant.label()).append(": ");
      md.append(from == null ? "n/a" : from.label()).append('\n');
    }
    md.append('\n');
    md.append("## Settings\n\n");
    md.append("- Throughput: ").append(options.workflows).append(" workflows, at most ");
    md.append(options.inFlight).append(" in flight, each calling two activities; the rate runs ");
    md.append("from the first start to the last completion, after the start-up workflow. ");
    md.append(
        "Temporal Boot also runs it with Micrometer Tracing (Brave, every workflow sampled, ");
    md.append("spans kept in memory), a meter registry and the MDC on, and with them off.\n");
    md.append("- I/O-bound scenario: ").append(options.ioWorkflows).append(" workflows, at most ");
    md.append(options.ioInFlight).append(" in flight, each calling one activity that blocks ");
    md.append(options.ioSleepMillis).append(" ms (a slow remote call); workers run on `");
    md.append(options.ioJavaHome).append("`. The server's CPU share is its CPU time over the ");
    md.append("run's wall time (`/proc/<pid>/stat`); the activities count their calls in flight. ");
    md.append("Pinned: server and worker both started under `taskset -c 0` (one core between ");
    md.append("them), the driver unpinned; ").append(options.pinnedRepetitions);
    md.append(" repetition(s).\n");
    md.append("- Start-up modes (").append(options.modeRepetitions).append(" repetitions): ");
    md.append(
        "on the I/O-bound scenario's JDK, from jars (the module's jar and its dependencies); ");
    md.append("JDK AOT cache: a training run with `-XX:AOTCacheOutput=<file>` that runs the ");
    md.append("start-up workflow and exits on SIGTERM, then `-XX:AOTCache=<file>`; Spring AOT: ");
    md.append("`-Dspring.aot.enabled=true`, only for apps that `process-aot` processed.\n");
    md.append("- Start-up: from just before the worker process is spawned to the completion of ");
    md.append("the first workflow, which the driver starts right after the spawn.\n");
    md.append("- Server: the SDK's test server (`TestServer.createPortBoundServer`, time ");
    md.append("skipping locked, so real time) in its own JVM on loopback, fresh per run.\n");
    md.append("- Worker JVM flags, every variant and the server: `");
    md.append(String.join(" ", options.jvmFlags)).append("`.\n");
    md.append("- RSS: `VmRSS` from `/proc/<pid>/status` of the worker process.\n\n");
    md.append("## Machine\n\n");
    md.append("- CPUs: ").append(MachineInfo.cores()).append(" (").append(MachineInfo.cpuModel());
    md.append(")\n- RAM: ").append(MachineInfo.memory()).append('\n');
    md.append("- JDK (throughput, start-up, scaling, server): ");
    md.append(MachineInfo.javaVersion(options.javaHome)).append('\n');
    md.append("- JDK (I/O-bound scenario): ").append(MachineInfo.javaVersion(options.ioJavaHome));
    md.append("\n- Date: ").append(info.started()).append(", took ");
    md.append(info.minutes()).append(" min\n");
    md.append("- 1-minute load average before / after: ").append(info.loadBefore());
    md.append(" / ").append(info.loadAfter());
    md.append(" (the machine is shared; other builds may have run meanwhile)\n\n");
    md.append("## Every sample\n\n");
    md.append(
        "| group | rep | variant | start-up ms | RSS start-up MiB | wf/s | RSS after MiB"
            + " | worker CPU us/wf | server CPU us/wf | server cores | in flight peak / mean"
            + " | load |\n");
    md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Sample s : samples) {
      md.append("| ").append(s.group()).append(" | ").append(s.repetition() + 1).append(" | ");
      md.append(s.variant().label()).append(" | ").append(Report.format(s.startupMillis(), 0));
      md.append(" | ").append(Report.format(s.rssStartupMib(), 1)).append(" | ");
      md.append(Report.format(s.throughput(), 1)).append(" | ");
      md.append(Report.format(s.rssAfterMib(), 1)).append(" | ");
      md.append(Report.format(s.workerCpuMicrosPerWorkflow(), 0)).append(" | ");
      md.append(Report.format(s.serverCpuMicrosPerWorkflow(), 0)).append(" | ");
      md.append(Report.format(s.serverCpuShare(), 3)).append(" | ");
      md.append(Report.format(s.inFlightPeak(), 0)).append(" / ");
      md.append(Report.format(s.inFlightMean(), 0)).append(" | ");
      md.append(s.loadAverage()).append(" |\n");
    }
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
  }
}
