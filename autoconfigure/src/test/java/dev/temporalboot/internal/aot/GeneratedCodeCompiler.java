package dev.temporalboot.internal.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.core.io.InputStreamSource;

/**
 * Compiles the sources Spring AOT generated, as the build of a processed application does (the
 * compiler of spring-core-test is not a dependency of this project).
 */
final class GeneratedCodeCompiler {

  private GeneratedCodeCompiler() {}

  /** Compiles the generated sources into a directory and copies the generated class files. */
  static void compile(InMemoryGeneratedFiles files, String classpath, String classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Map.Entry<String, InputStreamSource> file :
        files.getGeneratedFiles(Kind.SOURCE).entrySet()) {
      sources.add(new Source(file.getKey(), read(file.getValue())));
    }
    try {
      for (Map.Entry<String, InputStreamSource> file :
          files.getGeneratedFiles(Kind.CLASS).entrySet()) {
        Path target = Path.of(classes, file.getKey());
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getValue().getInputStream()) {
          Files.copy(in, target);
        }
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager manager =
          compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        boolean compiled =
            compiler
                .getTask(
                    null,
                    manager,
                    diagnostics,
                    List.of("-d", classes, "-classpath", classpath, "-proc:none"),
                    null,
                    sources)
                .call();
        if (!compiled) {
          throw new IllegalStateException(
              "Generated code does not compile: " + diagnostics.getDiagnostics());
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String read(InputStreamSource source) {
    try (InputStream in = source.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** A generated source file, by its path. */
  private static final class Source extends SimpleJavaFileObject {

    private final String code;

    Source(String path, String code) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return this.code;
    }
  }
}
