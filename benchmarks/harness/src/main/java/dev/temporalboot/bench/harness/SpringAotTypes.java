package dev.temporalboot.bench.harness;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Spring AOT processing of a Spring variant with its generated types, as {@code process-aot} does
 * at build time, cached next to the compiled types: the generated classes and resources go first on
 * the classpath of a run with {@code -Dspring.aot.enabled=true}.
 */
final class SpringAotTypes {

  static final String PROCESSOR = "org.springframework.boot.SpringApplicationAotProcessor";

  private SpringAotTypes() {}

  /**
   * Returns the classpath entries to put before the variant's own, processing first if that was not
   * done yet.
   *
   * @param classpath the generated types, then the variant's own classpath
   */
  static String processed(
      Variant variant, int count, Path workDir, Path javaHome, String classpath, Path log)
      throws IOException, InterruptedException {
    Path base = workDir.resolve("generated-types").resolve(variant.key() + "-" + count);
    Path aot = base.resolve("spring-aot");
    Path done = aot.resolve("processed");
    String entries = entries(aot);
    // A rebuilt app or starter would make the generated bean definitions stale.
    String fingerprint = ClasspathFingerprint.of(classpath);
    if (Files.exists(done) && Files.readString(done).equals(fingerprint)) {
      return entries;
    }
    Files.deleteIfExists(done);
    deleteRecursively(aot);
    Process process =
        new ProcessBuilder(command(variant, javaHome, classpath, aot))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("Spring AOT processing of " + variant.key() + " hung");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("Spring AOT processing failed, see " + log);
    }
    compile(aot, classpath);
    Files.writeString(done, fingerprint);
    return entries;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The processor's command line: its arguments are the main class, outputs and coordinates. */
  static List<String> command(Variant variant, Path javaHome, String classpath, Path aot) {
    return List.of(
        javaHome.resolve("bin/java").toString(),
        "-cp",
        classpath,
        PROCESSOR,
        variant.mainClass(),
        aot.resolve("sources").toString(),
        aot.resolve("resources").toString(),
        aot.resolve("classes").toString(),
        "dev.temporalboot",
        variant.module());
  }

  /** Compiled generated classes (with the processor's class output), then its resources. */
  static String entries(Path aot) {
    return aot.resolve("classes") + File.pathSeparator + aot.resolve("resources");
  }

  private static void compile(Path aot, String classpath) throws IOException {
    Path classes = Files.createDirectories(aot.resolve("classes"));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "--release",
                "17",
                "-nowarn",
                "-d",
                classes.toString(),
                "-cp",
                classes + File.pathSeparator + classpath));
    try (Stream<Path> files = Files.walk(aot.resolve("sources"))) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("Spring AOT processing needs a JDK, not a JRE");
    }
    if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("Spring AOT sources of " + aot + " did not compile");
    }
  }
}
