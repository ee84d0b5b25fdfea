package dev.temporalboot.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Measures each variant's start-up in every {@link StartupMode} it supports, on the JDK of the
 * I/O-bound scenario (the AOT cache needs JDK 25), with a training run first where the mode uses
 * the AOT cache. Every mode runs from jars, which the AOT cache requires.
 */
final class StartupModes {

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
  }

  private Run run(StartupMode mode, Variant variant, int rep, List<String> flags) throws Exception {
    return Run.startup(
        variant,
        mode.group(),
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
