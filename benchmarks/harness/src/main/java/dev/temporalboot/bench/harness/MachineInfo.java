package dev.temporalboot.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the run ran on, for RESULTS.md: numbers mean little without it. */
final class MachineInfo {

  private MachineInfo() {}

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name");
  }

  static String memory() {
    String total = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    if (total.endsWith(" kB")) {
      long kib = Long.parseLong(total.substring(0, total.length() - 3).trim());
      return String.format(java.util.Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
    }
    return total;
  }

  /** The 1-minute load average: another build on a shared machine shows up here. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
    } catch (IOException ex) {
      return "unknown";
    }
  }

  /** First line of {@code java -version} of a JDK. */
  static String javaVersion(Path javaHome) {
    try {
      Process process =
          new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-version")
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes()).trim();
      process.waitFor(30, TimeUnit.SECONDS);
      return output.isEmpty() ? "unknown" : output.lines().findFirst().orElse("unknown");
    } catch (IOException ex) {
      return "unknown";
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  static String firstValue(Path file, String name) {
    try {
      return valueIn(Files.readAllLines(file), name);
    } catch (IOException ex) {
      return "unknown";
    }
  }

  /** The value of the first {@code name : value} line, as /proc files write them. */
  static String valueIn(List<String> lines, String name) {
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return "unknown";
  }
}
