package dev.temporalboot.bench.harness;

import dev.temporalboot.bench.BenchSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One variant's worker JVM, started with the same flags as every other variant. */
final class WorkerProcess implements AutoCloseable {

  private final Process process;
  private final long spawnNanos;

  private WorkerProcess(Process process, long spawnNanos) {
    this.process = process;
    this.spawnNanos = spawnNanos;
  }

  /**
   * Starts the variant's main class.
   *
   * @param classpath the app's classes and dependencies, generated types first if any
   * @param log where its output goes
   */
  static WorkerProcess start(
      Variant variant,
      Path javaHome,
      List<String> jvmFlags,
      String classpath,
      String target,
      String taskQueue,
      long activitySleepMillis,
      Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin/java").toString());
    command.addAll(jvmFlags);
    command.add("-D" + BenchSettings.TARGET + "=" + target);
    command.add("-D" + BenchSettings.TASK_QUEUE + "=" + taskQueue);
    command.add("-D" + BenchSettings.ACTIVITY_SLEEP_MS + "=" + activitySleepMillis);
    command.add("-cp");
    command.add(classpath);
    command.add(variant.mainClass());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long spawnNanos = System.nanoTime();
    return new WorkerProcess(builder.start(), spawnNanos);
  }

  /** {@link System#nanoTime()} just before the process was spawned. */
  long spawnNanos() {
    return this.spawnNanos;
  }

  boolean isAlive() {
    return this.process.isAlive();
  }

  /** CPU time used so far, user and system, in microseconds; NaN where unavailable. */
  double cpuMicros() {
    return ProcessMemory.cpuMicros(this.process.toHandle());
  }

  double residentMib() {
    return ProcessMemory.residentMib(this.process.pid());
  }

  @Override
  public void close() throws InterruptedException {
    // Graceful shutdown is not measured; killing keeps a run from waiting on a grace period.
    this.process.destroyForcibly().waitFor();
  }
}
