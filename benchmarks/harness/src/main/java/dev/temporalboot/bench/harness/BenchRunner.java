package dev.temporalboot.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs worker processes one at a time, each against a fresh server, and measures them. Between two
 * runs nothing of an earlier run remains: server, worker and task queue are all new.
 */
final class BenchRunner {

  private final BenchOptions options;
  private final Path logs;

  BenchRunner(BenchOptions options) throws IOException {
    this.options = options;
    this.logs = Files.createDirectories(workDir().resolve("logs"));
  }

  Path workDir() {
    return this.options.root.resolve("target");
  }

  /** Start-up, memory and throughput of every variant, repeated in alternating order. */
  void throughput(Scenario scenario, List<Sample> into) throws Exception {
    for (int rep = 0; rep < this.options.repetitions; rep++) {
      for (Variant variant : RunOrder.forRepetition(rep, this.options.variants)) {
        into.add(
            measure(
                new Run(
                    variant,
                    scenario.key(),
                    rep,
                    scenario.javaHome(),
                    scenario.activitySleepMillis(),
                    appClasspath(variant),
                    scenario.workflows(),
                    scenario.inFlight())));
      }
    }
  }

  /** Start-up of every variant with {@code size} generated workflow and activity types. */
  void scaling(int size, List<Sample> into) throws Exception {
    String[] classpaths = new String[Variant.values().length];
    for (Variant variant : this.options.variants) {
      String app = appClasspath(variant);
      Path generated = GeneratedTypes.classes(variant, size, workDir(), app);
      classpaths[variant.ordinal()] = generated + java.io.File.pathSeparator + app;
    }
    for (int rep = 0; rep < this.options.scalingRepetitions; rep++) {
      for (Variant variant : RunOrder.forRepetition(rep, this.options.variants)) {
        into.add(
            measure(
                new Run(
                    variant,
                    Results.scalingGroup(size),
                    rep,
                    this.options.javaHome,
                    0,
                    classpaths[variant.ordinal()],
                    0,
                    0)));
      }
    }
  }

  /** Measurement attempts; on a shared machine a worker can die of something else's signal. */
  private static final int ATTEMPTS = 3;

  /**
   * One measurement: which worker, where it is reported, and what it runs: after the start-up
   * workflow, {@code workflows} more with at most {@code inFlight} unfinished (none: start-up
   * only).
   */
  private record Run(
      Variant variant,
      String group,
      int rep,
      Path javaHome,
      long sleepMillis,
      String classpath,
      int workflows,
      int inFlight) {

    String name() {
      return this.group + "-" + this.variant.key() + "-" + this.rep;
    }
  }

  private Sample measure(Run run) throws Exception {
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

  private Sample attempt(Run run) throws Exception {
    String name = run.name();
    Variant variant = run.variant();
    String queue = "bench-" + name + "-" + UUID.randomUUID();
    try (ServerProcess server =
            ServerProcess.start(
                this.options.javaHome,
                this.options.jvmFlags,
                this.logs.resolve(name + "-server.log"));
        LoadGenerator load = new LoadGenerator(server.target());
        WorkerProcess worker =
            WorkerProcess.start(
                variant,
                run.javaHome(),
                this.options.jvmFlags,
                run.classpath(),
                server.target(),
                queue,
                run.sleepMillis(),
                this.logs.resolve(name + ".log"))) {
      load.runOne(queue, queue + "-first", worker::isAlive);
      double startupMillis = (System.nanoTime() - worker.spawnNanos()) / 1e6;
      double rssStartup = worker.residentMib();
      double throughput = Double.NaN;
      double rssAfter = Double.NaN;
      double workerCpu = Double.NaN;
      double serverCpu = Double.NaN;
      if (run.workflows() > 0) {
        int count = run.workflows();
        double workerBefore = worker.cpuMicros();
        double serverBefore = server.cpuMicros();
        throughput = load.runMany(queue, count, run.inFlight(), worker::isAlive);
        rssAfter = worker.residentMib();
        workerCpu = (worker.cpuMicros() - workerBefore) / count;
        serverCpu = (server.cpuMicros() - serverBefore) / count;
      }
      Sample sample =
          new Sample(
              variant,
              run.group(),
              run.rep(),
              startupMillis,
              rssStartup,
              throughput,
              rssAfter,
              workerCpu,
              serverCpu,
              MachineInfo.loadAverage());
      System.out.println(progress(sample));
      return sample;
    }
  }

  private static String progress(Sample sample) {
    return String.format(
        Locale.ROOT,
        "  %-12s rep %d %-9s start-up %7.0f ms  rss %6.1f MiB  throughput %7.1f wf/s"
            + "  rss after %6.1f MiB  worker cpu %5.0f us/wf  (load %s)",
        sample.group(),
        sample.repetition() + 1,
        sample.variant().key(),
        sample.startupMillis(),
        sample.rssStartupMib(),
        sample.throughput(),
        sample.rssAfterMib(),
        sample.workerCpuMicrosPerWorkflow(),
        sample.loadAverage());
  }

  private String appClasspath(Variant variant) throws IOException {
    Path module = this.options.root.resolve(variant.module()).resolve("target");
    Path file = module.resolve("classpath.txt");
    if (!Files.exists(file)) {
      throw new IllegalStateException(file + " is missing; benchmarks/run builds it");
    }
    return module.resolve("classes")
        + java.io.File.pathSeparator
        + Files.readString(file, StandardCharsets.UTF_8).trim();
  }
}
