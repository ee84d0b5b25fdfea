package dev.temporalboot.bench.harness;

import dev.temporalboot.bench.BenchSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One variant's worker JVM, started with the same flags as every other variant. */
final class WorkerProcess implements AutoCloseable {

  private final Process process;
  private final long spawnNanos;

  private WorkerProcess(Process process, long spawnNanos) {
    this.process = process;
    this.spawnNanos = spawnNanos;
  }

  /** Starts the command, its output going to {@code log}. */
  static WorkerProcess start(List<String> command, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long spawnNanos = System.nanoTime();
    return new WorkerProcess(builder.start(), spawnNanos);
  }

  /**
   * The command line of a run's worker: the pinning prefix, the JDK, the common flags, the
   * variant's, the run's, then the benchmark's settings, the classpath and the main class.
   *
   * @param statsFile where the activities count their calls in flight; null for no counting
   */
  static List<String> command(
      Run run, List<String> jvmFlags, String target, String taskQueue, Path statsFile) {
    List<String> command = new ArrayList<>(run.launcher());
    command.add(run.javaHome().resolve("bin/java").toString());
    command.addAll(jvmFlags);
    command.addAll(run.variant().flags());
    command.addAll(run.flags());
    command.add("-D" + BenchSettings.TARGET + "=" + target);
    command.add("-D" + BenchSettings.TASK_QUEUE + "=" + taskQueue);
    command.add("-D" + BenchSettings.ACTIVITY_SLEEP_MS + "=" + run.sleepMillis());
    if (statsFile != null) {
      command.add("-D" + BenchSettings.STATS_FILE + "=" + statsFile);
    }
    command.add("-cp");
    command.add(run.classpath());
    command.add(run.variant().mainClass());
    return command;
  }

  /** {@link System#nanoTime()} just before the process was spawned. */
  long spawnNanos() {
    return this.spawnNanos;
  }

  boolean isAlive() {
    return this.process.isAlive();
  }

  long pid() {
    return this.process.pid();
  }

  /** CPU time used so far, user and system, in microseconds; NaN where unavailable. */
  double cpuMicros() {
    return ProcessMemory.cpuMicros(this.process.toHandle());
  }

  double residentMib() {
    return ProcessMemory.residentMib(this.process.pid());
  }

  /**
   * Asks the JVM to exit (SIGTERM) and waits: a training run writes its AOT cache on exit.
   *
   * @return whether it exited in time
   */
  boolean stopGracefully(Duration timeout) throws InterruptedException {
    this.process.destroy();
    return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    // Graceful shutdown is not measured; killing keeps a run from waiting on a grace period.
    this.process.destroyForcibly().waitFor();
  }
}
