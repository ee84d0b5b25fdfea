package dev.temporalboot.bench.harness;

import java.util.ArrayList;
import java.util.List;

/** The run's rows, in the order tables and the chart show them. */
final class Results {

  static final String CPU = "cpu";
  static final String IO = "io";

  final Metric throughput;
  final Metric ioThroughput;
  final Metric startup;
  final Metric ioStartup;
  final List<Metric> scaling = new ArrayList<>();
  final Metric rssStartup;
  final Metric rssAfter;
  final Metric ioRssAfter;
  final Metric workerCpu;
  final Metric ioWorkerCpu;
  final Metric serverCpu;

  Results(List<Sample> samples, List<Integer> scalingSizes) {
    this.throughput =
        Metric.of("throughput_wfps", "throughput", "wf/s", true, samples, CPU, Sample::throughput);
    this.ioThroughput =
        Metric.of(
            "io_throughput_wfps",
            "I/O-bound throughput",
            "wf/s",
            true,
            samples,
            IO,
            Sample::throughput);
    this.startup =
        Metric.of(
            "startup_ms",
            "start-up to first workflow",
            "ms",
            false,
            samples,
            CPU,
            Sample::startupMillis);
    this.ioStartup =
        Metric.of(
            "io_startup_ms",
            "start-up to first workflow, I/O-bound (its activities included)",
            "ms",
            false,
            samples,
            IO,
            Sample::startupMillis);
    for (int size : scalingSizes) {
      this.scaling.add(
          Metric.of(
              "startup_ms_types_" + size,
              "start-up, " + size + " generated types",
              "ms",
              false,
              samples,
              scalingGroup(size),
              Sample::startupMillis));
    }
    this.rssStartup =
        Metric.of(
            "rss_mb_startup",
            "RSS after start-up",
            "MiB",
            false,
            samples,
            CPU,
            Sample::rssStartupMib);
    this.rssAfter =
        Metric.of(
            "rss_mb_after_run",
            "RSS after throughput run",
            "MiB",
            false,
            samples,
            CPU,
            Sample::rssAfterMib);
    this.ioRssAfter =
        Metric.of(
            "io_rss_mb_after_run",
            "RSS after I/O-bound run",
            "MiB",
            false,
            samples,
            IO,
            Sample::rssAfterMib);
    this.workerCpu = cpu("worker_cpu_us_per_wf", "worker CPU per workflow", samples, CPU);
    this.ioWorkerCpu =
        cpu("io_worker_cpu_us_per_wf", "worker CPU per workflow, I/O-bound", samples, IO);
    this.serverCpu =
        Metric.of(
            "server_cpu_us_per_wf",
            "server CPU per workflow",
            "us/wf",
            false,
            samples,
            CPU,
            Sample::serverCpuMicrosPerWorkflow);
  }

  private static Metric cpu(String key, String label, List<Sample> samples, String group) {
    return Metric.of(
        key, label, "us/wf", false, samples, group, Sample::workerCpuMicrosPerWorkflow);
  }

  static String scalingGroup(int size) {
    return "types-" + size;
  }

  List<Metric> all() {
    List<Metric> all = new ArrayList<>(List.of(this.throughput, this.ioThroughput, this.startup));
    all.add(this.ioStartup);
    all.addAll(this.scaling);
    all.addAll(List.of(this.rssStartup, this.rssAfter, this.ioRssAfter));
    all.addAll(List.of(this.workerCpu, this.ioWorkerCpu, this.serverCpu));
    return all;
  }
}
