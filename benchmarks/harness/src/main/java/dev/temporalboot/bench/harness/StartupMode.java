package dev.temporalboot.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A faster way to start the same worker, measured besides the plain start-up: Spring AOT's
 * generated bean definitions, the JDK's AOT cache from a training run (JDK 25), or both.
 */
enum StartupMode {
  AOT_CACHE("aot-cache", "JDK AOT cache", false, true),
  SPRING_AOT("spring-aot", "Spring AOT", true, false),
  SPRING_AOT_AOT_CACHE("spring-aot-aot-cache", "Spring AOT + JDK AOT cache", true, true);

  private final String key;
  private final String label;
  private final boolean springAot;
  private final boolean aotCache;

  StartupMode(String key, String label, boolean springAot, boolean aotCache) {
    this.key = key;
    this.label = label;
    this.springAot = springAot;
    this.aotCache = aotCache;
  }

  String key() {
    return this.key;
  }

  String label() {
    return this.label;
  }

  boolean aotCache() {
    return this.aotCache;
  }

  /** Where its samples are reported. */
  String group() {
    return "startup-" + this.key;
  }

  /** Whether the variant can start this way: Spring AOT needs a Spring app that was processed. */
  boolean appliesTo(Variant variant, boolean springAotProcessed) {
    return !this.springAot || (variant.isSpring() && springAotProcessed);
  }

  /** Flags of a training run, which writes the cache to {@code cache} when the JVM exits. */
  List<String> trainingFlags(Path cache) {
    List<String> flags = springFlags();
    flags.add("-XX:AOTCacheOutput=" + cache);
    return flags;
  }

  /** Flags of a measured run, reading the cache a training run wrote to {@code cache}. */
  List<String> flags(Path cache) {
    List<String> flags = springFlags();
    if (this.aotCache) {
      flags.add("-XX:AOTCache=" + cache);
    }
    return flags;
  }

  private List<String> springFlags() {
    List<String> flags = new ArrayList<>();
    if (this.springAot) {
      flags.add("-Dspring.aot.enabled=true");
    }
    return flags;
  }
}
