package dev.temporalboot.reliability.crash;

import dev.temporalboot.reliability.crash.app.CrashWorkerApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The crash harness's worker app in a JVM of its own, its output in a file under target/. */
final class WorkerProcess implements AutoCloseable {

  private final Process process;

  private final Path log;

  private final String identity;

  private WorkerProcess(Process process, Path log, String identity) {
    this.process = process;
    this.log = log;
    this.identity = identity;
  }

  static WorkerProcess start(String target, String identity, Path log, String... arguments) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                // Quick start-up and a small heap: the harness runs on two shared cores.
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                CrashWorkerApplication.class.getName(),
                "--temporal.connection.target=" + target,
                "--temporal.connection.identity=" + identity));
    command.addAll(List.of(arguments));
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new WorkerProcess(process, log, identity);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** SIGKILL: no shutdown hook runs, in-flight tasks are lost to the server's timeouts. */
  void kill() throws InterruptedException {
    this.process.destroyForcibly();
    if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("worker did not die after SIGKILL: " + this.log);
    }
  }

  /** SIGTERM on Linux: Spring's shutdown hook closes the context and drains the workers. */
  void terminate() {
    this.process.destroy();
  }

  boolean isAlive() {
    return this.process.isAlive();
  }

  String output() {
    try {
      return Files.readString(this.log, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  Path log() {
    return this.log;
  }

  @Override
  public void close() {
    this.process.destroyForcibly();
  }

  /** The worker identity it polls with, as histories record it. */
  String identity() {
    return this.identity;
  }
}
