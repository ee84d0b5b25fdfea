package dev.temporalboot.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a variant's generated types once, into benchmarks/target, when a scaling run asks for
 * them; {@code ./mvnw verify} never pays for the thousands of classes.
 */
final class GeneratedTypes {

  private GeneratedTypes() {}

  /**
   * Returns the directory of compiled classes, compiling first if it is not there yet.
   *
   * @param appClasspath the variant's own classpath, which the sources compile against
   */
  static Path classes(Variant variant, int count, Path workDir, String appClasspath)
      throws IOException {
    Path base = workDir.resolve("generated-types").resolve(variant.key() + "-" + count);
    Path classes = base.resolve("classes");
    Path done = base.resolve("compiled");
    if (Files.exists(done)) {
      return classes;
    }
    Path sources = base.resolve("src");
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
                appClasspath));
    for (Map.Entry<String, String> file : TypeGenerator.sources(variant, count).entrySet()) {
      Path path = sources.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      arguments.add(path.toString());
    }
    Files.createDirectories(classes);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("generating types needs a JDK, not a JRE");
    }
    if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("generated " + variant.key() + " types did not compile");
    }
    Files.createFile(done);
    return classes;
  }
}
