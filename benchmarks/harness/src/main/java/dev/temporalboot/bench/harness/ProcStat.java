package dev.temporalboot.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of a process from {@code /proc/<pid>/stat}: user plus system time. */
final class ProcStat {

  /** USER_HZ, the unit of the times in /proc/<pid>/stat; 100 on every Linux in use. */
  static final int TICKS_PER_SECOND = 100;

  private ProcStat() {}

  /** CPU seconds the process used so far; NaN where /proc is unavailable. */
  static double cpuSeconds(long pid) {
    try {
      return parseCpuSeconds(
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8));
    } catch (IOException ex) {
      return Double.NaN;
    }
  }

  /**
   * Parses utime and stime, fields 14 and 15. The command name (field 2) is in parentheses and may
   * hold spaces and parentheses itself, so counting starts after the last closing one.
   */
  static double parseCpuSeconds(String stat) {
    int end = stat.lastIndexOf(')');
    if (end < 0) {
      throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
    }
    // After ")": field 3 (state) is at index 0, so field n is at index n - 3.
    String[] fields = stat.substring(end + 1).trim().split("\\s+");
    if (fields.length < 13) {
      throw new IllegalArgumentException("too few fields in /proc/<pid>/stat: " + stat);
    }
    long ticks = Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
    return ticks / (double) TICKS_PER_SECOND;
  }

  /** CPU seconds over wall seconds: the share of one core used, above 1 for several cores. */
  static double share(double cpuSecondsBefore, double cpuSecondsAfter, double wallSeconds) {
    return wallSeconds > 0 ? (cpuSecondsAfter - cpuSecondsBefore) / wallSeconds : Double.NaN;
  }
}
