package dev.temporalboot.bench.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A variant's classpath as {@code benchmarks/run} built it: the module's classes and the
 * classpath.txt the dependency plugin writes. The JDK's AOT cache needs jars only, so there is also
 * the form with the module's jar in place of its classes directory.
 */
final class AppClasspaths {

  private final Path root;

  AppClasspaths(Path root) {
    this.root = root;
  }

  /** The module's classes directory, then its dependencies. */
  String directories(Variant variant) throws IOException {
    return target(variant).resolve("classes") + File.pathSeparator + dependencies(variant);
  }

  /** The module's jar, then its dependencies: jars only, as the AOT cache needs. */
  String jars(Variant variant) throws IOException {
    Path jar;
    try (Stream<Path> files = Files.list(target(variant))) {
      jar =
          files
              .filter(file -> file.getFileName().toString().endsWith(".jar"))
              .filter(file -> !file.getFileName().toString().endsWith("-sources.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no jar in " + target(variant)));
    }
    return jar + File.pathSeparator + dependencies(variant);
  }

  /**
   * Whether Spring AOT processed the app ({@code process-aot} at build time), so that it can start
   * with {@code -Dspring.aot.enabled=true}.
   */
  boolean springAotProcessed(Variant variant) {
    String initializer = variant.mainClass().replace('.', '/') + "__ApplicationContextInitializer";
    return variant.isSpring()
        && Files.exists(target(variant).resolve("classes").resolve(initializer + ".class"));
  }

  private Path target(Variant variant) {
    return this.root.resolve(variant.module()).resolve("target");
  }

  private String dependencies(Variant variant) throws IOException {
    Path file = target(variant).resolve("classpath.txt");
    if (!Files.exists(file)) {
      throw new IllegalStateException(file + " is missing; benchmarks/run builds it");
    }
    return Files.readString(file, StandardCharsets.UTF_8).trim();
  }
}
