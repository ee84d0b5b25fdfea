package dev.temporalboot.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies a child's remaining output to a log file, so a full pipe never blocks the child. */
final class OutputDrain {

  private OutputDrain() {}

  static void toFile(BufferedReader output, Path log) {
    Thread drain =
        new Thread(
            () -> {
              try (Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                output.transferTo(writer);
              } catch (IOException ex) {
                // The child is gone; its log simply ends here.
              }
            },
            "drain-" + log.getFileName());
    drain.setDaemon(true);
    drain.start();
  }
}
