package dev.temporalboot.bench.harness;

import java.util.ArrayList;
import java.util.List;

/** The run's rows, in the order tables and the chart show them. */
final class Results {

  static final String CPU = "cpu";
  static final String IO = "io";
  static final String IO_PINNED = "io-pinned";

  final Metric throughput;
  final Metric ioThroughput;
  final Metric ioPinnedThroughput;
  final Metric ioServerShare;
  final Metric ioPinnedServerShare;
  final Metric ioInFlightPeak;
  final Metric ioInFlightMean;
  final Metric ioPinnedInFlightMean;
  final StartupResults startup;
  final Metric rssStartup;
  final Metric rssAfter;
  final Metric ioRssAfter;
  final Metric workerCpu;
  final Metric ioWorkerCpu;
  final Metric serverCpu;

  /** Highest server CPU share of any I/O-bound sample, pinned or not. */
  final double ioServerShareMax;

  Results(List<Sample> samples, List<Integer> scalingSizes, int serverDelayMillis) {
    Metric.Source source = new Metric.Source(samples);
    this.throughput =
        source.higher("throughput_wfps", "throughput", "wf/s", CPU, Sample::throughput);
    this.ioThroughput =
        source.higher("io_throughput_wfps", "I/O-bound throughput", "wf/s", IO, Sample::throughput);
    this.ioPinnedThroughput =
        source.higher(
            "io_pinned_throughput_wfps",
            "I/O-bound throughput, server and worker on one core",
            "wf/s",
            IO_PINNED,
            Sample::throughput);
    this.ioServerShare =
        source.lower(
            "io_server_cpu_share",
            "I/O-bound: server CPU (share of one core)",
            "cores",
            IO,
            Sample::serverCpuShare);
    this.ioPinnedServerShare =
        source.lower(
            "io_pinned_server_cpu_share",
            "I/O-bound on one core: server CPU (share of it)",
            "cores",
            IO_PINNED,
            Sample::serverCpuShare);
    this.ioInFlightPeak =
        source.higher(
            "io_in_flight_peak",
            "I/O-bound: activities in flight, peak",
            "calls",
            IO,
            Sample::inFlightPeak);
    this.ioInFlightMean =
        source.higher(
            "io_in_flight_mean",
            "I/O-bound: activities in flight, mean",
            "calls",
            IO,
            Sample::inFlightMean);
    this.ioPinnedInFlightMean =
        source.higher(
            "io_pinned_in_flight_mean",
            "I/O-bound on one core: activities in flight, mean",
            "calls",
            IO_PINNED,
            Sample::inFlightMean);
    this.startup = new StartupResults(source, scalingSizes, serverDelayMillis);
    this.rssStartup =
        source.lower("rss_mb_startup", "RSS after start-up", "MiB", CPU, Sample::rssStartupMib);
    this.rssAfter =
        source.lower(
            "rss_mb_after_run", "RSS after throughput run", "MiB", CPU, Sample::rssAfterMib);
    this.ioRssAfter =
        source.lower(
            "io_rss_mb_after_run", "RSS after I/O-bound run", "MiB", IO, Sample::rssAfterMib);
    this.workerCpu =
        source.lower(
            "worker_cpu_us_per_wf",
            "worker CPU per workflow",
            "us/wf",
            CPU,
            Sample::workerCpuMicrosPerWorkflow);
    this.ioWorkerCpu =
        source.lower(
            "io_worker_cpu_us_per_wf",
            "worker CPU per workflow, I/O-bound",
            "us/wf",
            IO,
            Sample::workerCpuMicrosPerWorkflow);
    this.serverCpu =
        source.lower(
            "server_cpu_us_per_wf",
            "server CPU per workflow",
            "us/wf",
            CPU,
            Sample::serverCpuMicrosPerWorkflow);
    this.ioServerShareMax =
        samples.stream()
            .filter(s -> s.group().equals(IO) || s.group().equals(IO_PINNED))
            .mapToDouble(Sample::serverCpuShare)
            .filter(share -> !Double.isNaN(share))
            .max()
            .orElse(Double.NaN);
  }

  static String scalingGroup(int size) {
    return "types-" + size;
  }

  /** The same size started in Spring AOT mode, processed with the generated types. */
  static String springAotScalingGroup(int size) {
    return scalingGroup(size) + "-spring-aot";
  }

  /**
   * Temporal Boot's throughput with tracing (every workflow sampled), metrics and MDC on over the
   * same with them off.
   */
  double observabilityRatio() {
    return observabilityRatio(Variant.BOOT_OBSERVED_ON);
  }

  /** The same with tracing at Spring Boot's default sampling probability, 0.1. */
  double observabilityDefaultSamplingRatio() {
    return observabilityRatio(Variant.BOOT_OBSERVED_DEFAULT_SAMPLING);
  }

  /**
   * The worker's CPU per workflow with observability off over the same with it on (sampling 1.0):
   * what observability costs the worker itself, steadier than throughput, which the server's share
   * of the two cores and the machine's noise move too.
   */
  double observabilityWorkerCpuRatio() {
    return Stats.ratio(
        this.workerCpu.median(Variant.BOOT_OBSERVED_OFF),
        this.workerCpu.median(Variant.BOOT_OBSERVED_ON));
  }

  private double observabilityRatio(Variant on) {
    return Stats.ratio(
        this.throughput.median(on), this.throughput.median(Variant.BOOT_OBSERVED_OFF));
  }

  List<Metric> all() {
    List<Metric> all = new ArrayList<>(List.of(this.throughput, this.ioThroughput));
    all.addAll(List.of(this.ioPinnedThroughput, this.ioServerShare, this.ioPinnedServerShare));
    all.addAll(List.of(this.ioInFlightPeak, this.ioInFlightMean, this.ioPinnedInFlightMean));
    all.addAll(this.startup.all());
    all.addAll(List.of(this.rssStartup, this.rssAfter, this.ioRssAfter));
    all.addAll(List.of(this.workerCpu, this.ioWorkerCpu, this.serverCpu));
    return all;
  }
}
