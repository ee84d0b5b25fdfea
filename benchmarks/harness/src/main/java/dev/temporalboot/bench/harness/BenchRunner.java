package dev.temporalboot.bench.harness;

import dev.temporalboot.bench.BenchSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs worker processes one at a time, each against a fresh server, and measures them. Between two
 * runs nothing of an earlier run remains: server, worker and task queue are all new.
 */
final class BenchRunner {

  /** Measurement attempts; on a shared machine a worker can die of something else's signal. */
  private static final int ATTEMPTS = 3;

  private static final String SPRING_AOT_FLAG = "-Dspring.aot.enabled=true";

  private final BenchOptions options;
  private final AppClasspaths classpaths;
  private final Path logs;

  BenchRunner(BenchOptions options) throws IOException {
    this.options = options;
    this.classpaths = new AppClasspaths(options.root);
    this.logs = Files.createDirectories(workDir().resolve("logs"));
  }

  Path workDir() {
    return this.options.root.resolve("target");
  }

  BenchOptions options() {
    return this.options;
  }

  AppClasspaths classpaths() {
    return this.classpaths;
  }

  Path logs() {
    return this.logs;
  }

  /** Start-up, memory and throughput of every variant, repeated in alternating order. */
  void throughput(Scenario scenario, List<Sample> into) throws Exception {
    for (int rep = 0; rep < scenario.repetitions(); rep++) {
      for (Variant variant : RunOrder.forRepetition(rep, scenario.variants())) {
        into.add(
            measure(
                new Run(
                    variant,
                    scenario.key(),
                    rep,
                    scenario.javaHome(),
                    this.classpaths.directories(variant),
                    List.of(),
                    scenario.pinned(),
                    scenario.activitySleepMillis(),
                    scenario.workflows(),
                    scenario.inFlight(),
                    scenario.oneActivity(),
                    Duration.ZERO)));
      }
    }
  }

  /**
   * Start-up of every variant with {@code size} generated workflow and activity types, and of each
   * Spring variant in Spring AOT mode, processed with those types, where its build ran {@code
   * process-aot}.
   */
  void scaling(int size, List<Sample> into) throws Exception {
    String[] classpaths = new String[Variant.values().length];
    String[] aotClasspaths = new String[Variant.values().length];
    List<Variant> aotVariants = new ArrayList<>();
    for (Variant variant : this.options.variants) {
      String app = this.classpaths.directories(variant);
      Path generated = GeneratedTypes.classes(variant, size, workDir(), app);
      classpaths[variant.ordinal()] = generated + File.pathSeparator + app;
      if (this.options.scalingSpringAot && this.classpaths.springAotProcessed(variant)) {
        long begin = System.nanoTime();
        String aot =
            SpringAotTypes.processed(
                variant,
                size,
                workDir(),
                this.options.javaHome,
                classpaths[variant.ordinal()],
                this.logs.resolve("spring-aot-processing-" + variant.key() + "-" + size + ".log"));
        aotClasspaths[variant.ordinal()] = aot + File.pathSeparator + classpaths[variant.ordinal()];
        aotVariants.add(variant);
        System.out.printf(
            Locale.ROOT,
            "  Spring AOT processing of %s with %d types: %.0f s (none if the app is unchanged)%n",
            variant.key(),
            size,
            (System.nanoTime() - begin) / 1e9);
      }
    }
    for (int rep = 0; rep < this.options.scalingRepetitions; rep++) {
      for (Variant variant : RunOrder.forRepetition(rep, this.options.variants)) {
        into.add(measure(scalingRun(variant, Results.scalingGroup(size), rep, classpaths, false)));
      }
      for (Variant variant : RunOrder.forRepetition(rep, aotVariants)) {
        into.add(
            measure(
                scalingRun(
                    variant, Results.springAotScalingGroup(size), rep, aotClasspaths, true)));
      }
    }
  }

  private Run scalingRun(
      Variant variant, String group, int rep, String[] classpaths, boolean springAot) {
    return Run.startup(
        variant,
        group,
        rep,
        this.options.javaHome,
        classpaths[variant.ordinal()],
        springAot ? List.of(SPRING_AOT_FLAG) : List.of());
  }

  /** Measures the run, again if its worker died of something else. */
  Sample measure(Run run) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(run);
      } catch (WorkerExitedException ex) {
        if (attempt == ATTEMPTS) {
          throw ex;
        }
        System.out.println(
            "  " + run.group() + " " + run.variant().key() + ": " + ex.getMessage() + ", again");
      }
    }
  }

  /** A fresh server for one run, pinned as the run is. */
  ServerProcess server(Run run) throws IOException {
    return ServerProcess.start(
        this.options.javaHome,
        this.options.jvmFlags,
        run.launcher(),
        this.logs.resolve(run.name() + "-server.log"));
  }

  private Sample attempt(Run run) throws Exception {
    String name = run.name();
    String queue = "bench-" + name + "-" + UUID.randomUUID();
    Path stats = run.sleepMillis() > 0 ? this.logs.resolve(name + "-in-flight.txt") : null;
    if (stats != null) {
      Files.deleteIfExists(stats);
    }
    try (ServerProcess server = server(run);
        LoadGenerator load = new LoadGenerator(server.target());
        LatencyProxy proxy =
            run.serverDelay().isZero()
                ? null
                : LatencyProxy.start(server.target(), run.serverDelay());
        WorkerProcess worker =
            WorkerProcess.start(
                WorkerProcess.command(
                    run,
                    this.options.jvmFlags,
                    (proxy == null) ? server.target() : proxy.target(),
                    queue,
                    stats),
                this.logs.resolve(name + ".log"))) {
      load.runOne(queue, queue + "-first", worker::isAlive);
      double startupMillis = (System.nanoTime() - worker.spawnNanos()) / 1e6;
      double rssStartup = worker.residentMib();
      Sample sample =
          run.workflows() > 0
              ? new ThroughputRun(run, server, worker, load, queue, stats)
                  .measure(startupMillis, rssStartup)
              : Sample.startup(
                  run.variant(),
                  run.group(),
                  run.rep(),
                  startupMillis,
                  rssStartup,
                  MachineInfo.loadAverage());
      System.out.println(progress(sample));
      return sample;
    }
  }

  private static String progress(Sample sample) {
    if (Double.isNaN(sample.throughput())) {
      return String.format(
          Locale.ROOT,
          "  %-21s rep %d %-9s start-up %7.0f ms  rss %6.1f MiB  (load %s)",
          sample.group(),
          sample.repetition() + 1,
          sample.variant().key(),
          sample.startupMillis(),
          sample.rssStartupMib(),
          sample.loadAverage());
    }
    String line =
        String.format(
            Locale.ROOT,
            "  %-14s rep %d %-22s start-up %7.0f ms  rss %6.1f MiB  throughput %7.1f wf/s"
                + "  worker cpu %5.0f us/wf",
            sample.group(),
            sample.repetition() + 1,
            sample.variant().key(),
            sample.startupMillis(),
            sample.rssStartupMib(),
            sample.throughput(),
            sample.workerCpuMicrosPerWorkflow());
    if (!Double.isNaN(sample.inFlightPeak())) {
      line +=
          String.format(
              Locale.ROOT,
              "  server cpu %.2f core  in flight peak %.0f mean %.0f",
              sample.serverCpuShare(),
              sample.inFlightPeak(),
              sample.inFlightMean());
    }
    return line + "  (load " + sample.loadAverage() + ")";
  }

  /** Input prefix of a run's workflows. */
  static String inputPrefix(Run run) {
    return run.oneActivity() ? BenchSettings.ONE_ACTIVITY_PREFIX : "";
  }
}
