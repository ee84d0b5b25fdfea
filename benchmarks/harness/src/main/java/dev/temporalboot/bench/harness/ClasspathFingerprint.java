package dev.temporalboot.bench.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A digest of a classpath that changes when any entry is rebuilt: each jar's size and modification
 * time, each directory's newest file.
 */
final class ClasspathFingerprint {

  private ClasspathFingerprint() {}

  static String of(String classpath) throws IOException {
    StringBuilder state = new StringBuilder();
    for (String entry : classpath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      state.append(entry).append('@');
      if (Files.isDirectory(path)) {
        state.append(newest(path));
      } else if (Files.exists(path)) {
        state
            .append(Files.size(path))
            .append('/')
            .append(Files.getLastModifiedTime(path).toMillis());
      }
      state.append('\n');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(state.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static long newest(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long newest = 0;
      for (Path file : files.toList()) {
        newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
      }
      return newest;
    }
  }
}
