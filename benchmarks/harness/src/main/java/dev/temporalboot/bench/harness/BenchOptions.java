package dev.temporalboot.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The driver's command line; benchmarks/run fills in the paths. */
final class BenchOptions {

  boolean quick;
  int repetitions = 5;
  int scalingRepetitions = 5;
  List<Integer> scalingSizes = new ArrayList<>(List.of(10, 100, 1000));
  int workflows = 2000;
  int inFlight = 200;

  /**
   * The I/O-bound scenario: one activity per workflow that waits seconds, like a slow partner API
   * or a model call. 400 in flight is twice the official starter's 200 activity slots, and 400
   * calls of 16 s ask the server for 25 workflows/s at most: little enough that the worker's
   * concurrency, not the server's CPU, binds on a slow machine too.
   */
  int ioWorkflows = 400;

  int ioInFlight = 400;
  long ioSleepMillis = 16_000;

  /** Repetitions of the I/O-bound scenario with server and worker pinned to one core. */
  int pinnedRepetitions = 3;

  /** Repetitions of each start-up mode (Spring AOT, JDK AOT cache). */
  int modeRepetitions = 5;

  /**
   * Delay each way between worker and server in the distant start-up run: 25 ms makes a round trip
   * of 50 ms, a server in another region. 0 skips that run.
   */
  int serverDelayMillis = 25;

  /** Whether the CPU-bound scenario also runs Temporal Boot with observability off and on. */
  boolean observability = true;

  /**
   * Whether registration scaling also runs each AOT-processed Spring variant in Spring AOT mode.
   */
  boolean scalingSpringAot = true;

  Path root = Path.of("benchmarks");
  Path output;
  Path javaHome = Path.of(System.getProperty("java.home"));
  Path ioJavaHome = Path.of(System.getProperty("java.home"));
  String command = "benchmarks/run";
  List<String> jvmFlags = List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC");
  List<Variant> variants = Variant.MAIN;
  List<String> scenarios = List.of(Results.CPU, Results.IO, Results.IO_PINNED);

  static BenchOptions parse(String... args) {
    BenchOptions options = new BenchOptions();
    List<String> rest = new ArrayList<>(List.of(args));
    // --quick first, so explicit values given with it still win.
    if (rest.remove("--quick")) {
      options.quick = true;
      options.repetitions = 3;
      options.scalingRepetitions = 3;
      options.scalingSizes = new ArrayList<>(List.of(10, 1000));
      options.workflows = 450;
      options.pinnedRepetitions = 1;
      options.modeRepetitions = 3;
    }
    for (int i = 0; i < rest.size(); i++) {
      String name = rest.get(i);
      if (i + 1 >= rest.size()) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = rest.get(++i);
      switch (name) {
        case "--reps" -> options.repetitions = atLeast(name, value, 1);
        case "--scaling-reps" -> options.scalingRepetitions = atLeast(name, value, 0);
        case "--scaling-sizes" -> options.scalingSizes = sizes(value);
        case "--workflows" -> options.workflows = atLeast(name, value, 1);
        case "--in-flight" -> options.inFlight = atLeast(name, value, 1);
        case "--io-workflows" -> options.ioWorkflows = atLeast(name, value, 1);
        case "--io-in-flight" -> options.ioInFlight = atLeast(name, value, 1);
        case "--io-sleep-ms" -> options.ioSleepMillis = atLeast(name, value, 1);
        case "--pinned-reps" -> options.pinnedRepetitions = atLeast(name, value, 0);
        case "--mode-reps" -> options.modeRepetitions = atLeast(name, value, 0);
        case "--server-delay-ms" -> options.serverDelayMillis = atLeast(name, value, 0);
        case "--observability" -> options.observability = Boolean.parseBoolean(value);
        case "--scaling-spring-aot" -> options.scalingSpringAot = Boolean.parseBoolean(value);
        case "--root" -> options.root = Path.of(value);
        case "--output" -> options.output = Path.of(value);
        case "--java-home" -> options.javaHome = Path.of(value);
        case "--io-java-home" -> options.ioJavaHome = Path.of(value);
        case "--command" -> options.command = value;
        case "--variants" -> options.variants = variants(value);
        case "--scenarios" -> options.scenarios = List.of(value.split(","));
        case "--jvm-flags" -> options.jvmFlags = List.of(value.trim().split("\\s+"));
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return options;
  }

  /** Where RESULTS.md and results.png go: --output, else the benchmarks folder. */
  Path outputDir() {
    return this.output != null ? this.output : this.root;
  }

  private static int atLeast(String name, String value, int min) {
    int parsed = Integer.parseInt(value);
    if (parsed < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
    return parsed;
  }

  private static List<Variant> variants(String value) {
    List<Variant> variants = new ArrayList<>();
    for (String key : value.split(",")) {
      variants.add(
          java.util.Arrays.stream(Variant.values())
              .filter(variant -> variant.key().equals(key.trim()))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("unknown variant " + key)));
    }
    return variants;
  }

  private static List<Integer> sizes(String value) {
    List<Integer> sizes = new ArrayList<>();
    if (!value.isBlank()) {
      for (String size : value.split(",")) {
        sizes.add(atLeast("--scaling-sizes", size.trim(), 1));
      }
    }
    // The registration cost compares the smallest size with the largest.
    sizes.sort(null);
    return sizes;
  }
}
