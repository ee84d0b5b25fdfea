package dev.temporalboot.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures each variant's start-up in every {@link StartupMode} it supports, on the JDK of the
 * I/O-bound scenario (the AOT cache needs JDK 25), with a training run first where the mode uses
 * the AOT cache. Every mode runs from jars, which the AOT cache requires. Then each variant starts
 * once more in its fastest mode with the server far away (a {@link LatencyProxy} in between): every
 * round trip on the way to the first workflow then counts, as for a worker in production.
 */
final class StartupModes {

  /** Where the start-ups with the server far away are reported. */
  static final String DISTANT_GROUP = "startup-distant";

  /** Fastest first: the mode a variant starts in when the server is far away. */
  private static final List<StartupMode> FASTEST_FIRST =
      List.of(StartupMode.SPRING_AOT_AOT_CACHE, StartupMode.AOT_CACHE);

  /** Time a training run may take to exit, writing its cache on the way. */
  private static final Duration TRAINING_EXIT = Duration.ofMinutes(3);

  private final BenchRunner runner;
  private final Path caches;

  StartupModes(BenchRunner runner) throws Exception {
    this.runner = runner;
    this.caches = Files.createDirectories(runner.workDir().resolve("aot-caches"));
  }

  void run(List<Sample> into) throws Exception {
    BenchOptions options = this.runner.options();
    for (StartupMode mode : StartupMode.values()) {
      List<Variant> variants =
          options.variants.stream()
              .filter(v -> mode.appliesTo(v, this.runner.classpaths().springAotProcessed(v)))
              .toList();
      if (variants.isEmpty()) {
        System.out.println("Start-up mode " + mode.label() + ": no variant supports it, skipped");
        continue;
      }
      System.out.println("Start-up mode " + mode.label() + ": " + variants);
      for (Variant variant : variants) {
        if (mode.aotCache() && !train(mode, variant)) {
          variants = variants.stream().filter(v -> v != variant).toList();
        }
      }
      for (int rep = 0; rep < options.modeRepetitions; rep++) {
        for (Variant variant : RunOrder.forRepetition(rep, variants)) {
          into.add(this.runner.measure(run(mode, variant, rep, mode.flags(cache(mode, variant)))));
        }
      }
    }
    runDistant(into);
  }

  /** Each variant in the fastest mode whose cache was trained above, the server far away. */
  private void runDistant(List<Sample> into) throws Exception {
    BenchOptions options = this.runner.options();
    if (options.serverDelayMillis == 0) {
      return;
    }
    Map<Variant, StartupMode> fastest = new EnumMap<>(Variant.class);
    for (Variant variant : options.variants) {
      for (StartupMode mode : FASTEST_FIRST) {
        if (mode.appliesTo(variant, this.runner.classpaths().springAotProcessed(variant))
            && Files.exists(cache(mode, variant))) {
          fastest.put(variant, mode);
          break;
        }
      }
    }
    System.out.printf(
        "Start-up with the server %d ms away (round trip), each in its fastest mode: %s%n",
        2 * options.serverDelayMillis, fastest);
    Duration oneWay = Duration.ofMillis(options.serverDelayMillis);
    List<Variant> variants = List.copyOf(fastest.keySet());
    for (int rep = 0; rep < options.modeRepetitions; rep++) {
      for (Variant variant : RunOrder.forRepetition(rep, variants)) {
        StartupMode mode = fastest.get(variant);
        Run run = run(DISTANT_GROUP, variant, rep, mode.flags(cache(mode, variant)));
        into.add(this.runner.measure(run.withServerDelay(oneWay)));
      }
    }
  }

  private Run run(StartupMode mode, Variant variant, int rep, List<String> flags) throws Exception {
    return run(mode.group(), variant, rep, flags);
  }

  private Run run(String group, Variant variant, int rep, List<String> flags) throws Exception {
    return Run.startup(
        variant,
        group,
        rep,
        this.runner.options().ioJavaHome,
        this.runner.classpaths().jars(variant),
        flags);
  }

  /**
   * The training run: starts the worker, runs the start-up workflow, and stops the JVM gracefully,
   * which writes the cache.
   *
   * @return whether the cache was written
   */
  private boolean train(StartupMode mode, Variant variant) throws Exception {
    Path cache = cache(mode, variant);
    Files.deleteIfExists(cache);
    Run run = run(mode, variant, -1, mode.trainingFlags(cache));
    String queue = "bench-training-" + variant.key() + "-" + UUID.randomUUID();
    long begin = System.nanoTime();
    try (ServerProcess server = this.runner.server(run);
        LoadGenerator load = new LoadGenerator(server.target());
        WorkerProcess worker =
            WorkerProcess.start(
                WorkerProcess.command(
                    run, this.runner.options().jvmFlags, server.target(), queue, null),
                this.runner.logs().resolve(mode.key() + "-" + variant.key() + "-training.log"))) {
      load.runOne(queue, queue + "-first", worker::isAlive);
      worker.stopGracefully(TRAINING_EXIT);
    }
    boolean written = Files.exists(cache);
    System.out.printf(
        "  training run %s %s: %s in %.0f s%n",
        mode.key(),
        variant.key(),
        written ? "cache written" : "NO cache written, mode skipped for it",
        (System.nanoTime() - begin) / 1e9);
    return written;
  }

  private Path cache(StartupMode mode, Variant variant) {
    return this.caches.resolve(mode.key() + "-" + variant.key() + ".aot");
  }
}
