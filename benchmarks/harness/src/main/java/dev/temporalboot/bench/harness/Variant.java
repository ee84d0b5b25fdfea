package dev.temporalboot.bench.harness;

import java.util.List;

/** One way of wiring the same worker; each runs in a JVM of its own. */
enum Variant {
  SDK("sdk", "bare SDK", "app-sdk", "dev.temporalboot.bench.sdk.SdkWorkerApp", List.of()),
  BOOT("boot", "Temporal Boot", "app-boot", Names.BOOT_MAIN, List.of()),
  OFFICIAL(
      "official",
      "official starter",
      "app-official",
      "dev.temporalboot.bench.official.OfficialWorkerApp",
      List.of()),
  /** Temporal Boot with Micrometer Tracing, a meter registry and the MDC on the classpath, off. */
  BOOT_OBSERVED_OFF(
      "boot-observability-off",
      "Temporal Boot, observability off",
      Names.OBSERVED_MODULE,
      Names.BOOT_MAIN,
      List.of(
          "-Dtemporal.tracing.enabled=false",
          "-Dtemporal.logging.mdc.enabled=false",
          "-Dspring.autoconfigure.exclude="
              + "dev.temporalboot.autoconfigure.actuate.TemporalMetricsAutoConfiguration")),
  /** The same with tracing (every workflow sampled), metrics and the MDC on. */
  BOOT_OBSERVED_ON(
      "boot-observability-on",
      "Temporal Boot, observability on",
      Names.OBSERVED_MODULE,
      Names.BOOT_MAIN,
      List.of("-Dmanagement.tracing.sampling.probability=1.0")),
  /** The same with Spring Boot's default sampling, one trace in ten, as most applications run. */
  BOOT_OBSERVED_DEFAULT_SAMPLING(
      "boot-observability-default-sampling",
      "Temporal Boot, observability on, default sampling",
      Names.OBSERVED_MODULE,
      Names.BOOT_MAIN,
      List.of("-Dmanagement.tracing.sampling.probability=0.1"));

  /** The three variants every table and chart compares. */
  static final List<Variant> MAIN = List.of(SDK, BOOT, OFFICIAL);

  /** What the observability ratios compare, in the CPU-bound scenario only. */
  static final List<Variant> OBSERVED =
      List.of(BOOT_OBSERVED_OFF, BOOT_OBSERVED_ON, BOOT_OBSERVED_DEFAULT_SAMPLING);

  private final String key;
  private final String label;
  private final String module;
  private final String mainClass;
  private final List<String> flags;

  Variant(String key, String label, String module, String mainClass, List<String> flags) {
    this.key = key;
    this.label = label;
    this.module = module;
    this.mainClass = mainClass;
    this.flags = flags;
  }

  /** Short name used in keys and file names. */
  String key() {
    return this.key;
  }

  /** Name used in tables and the chart. */
  String label() {
    return this.label;
  }

  /** Folder under benchmarks/ holding the app. */
  String module() {
    return this.module;
  }

  /** Class the JVM starts. */
  String mainClass() {
    return this.mainClass;
  }

  /** JVM flags of this variant alone, after the flags every variant gets. */
  List<String> flags() {
    return this.flags;
  }

  /** Whether the variant is a Spring Boot app, so Spring AOT applies to it. */
  boolean isSpring() {
    return this != SDK;
  }

  /** Package the generated types go to, below the app's own so its scanning finds them. */
  String generatedPackage() {
    return this.mainClass.substring(0, this.mainClass.lastIndexOf('.')) + ".gen";
  }

  /** Names the constants share; an enum cannot refer to its own static fields. */
  private static final class Names {
    static final String BOOT_MAIN = "dev.temporalboot.bench.boot.BootWorkerApp";
    static final String OBSERVED_MODULE = "app-boot-observed";
  }
}
