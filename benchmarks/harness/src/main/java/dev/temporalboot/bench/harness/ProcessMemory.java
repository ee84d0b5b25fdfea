package dev.temporalboot.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Resident set size and CPU time of a child process. */
final class ProcessMemory {

  private ProcessMemory() {}

  /** VmRSS in MiB, or NaN where /proc is unavailable (the run goes on without it). */
  static double residentMib(long pid) {
    try {
      return parseVmRssMib(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
    } catch (IOException ex) {
      return Double.NaN;
    }
  }

  /** CPU time used so far, user and system, in microseconds; NaN where unavailable. */
  static double cpuMicros(ProcessHandle process) {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e3).orElse(Double.NaN);
  }

  /** Parses the {@code VmRSS: 123456 kB} line. */
  static double parseVmRssMib(List<String> statusLines) {
    for (String line : statusLines) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
        if (parts.length != 2 || !parts[1].equals("kB")) {
          throw new IllegalArgumentException("unexpected VmRSS line: " + line);
        }
        return Long.parseLong(parts[0]) / 1024.0;
      }
    }
    return Double.NaN;
  }
}
