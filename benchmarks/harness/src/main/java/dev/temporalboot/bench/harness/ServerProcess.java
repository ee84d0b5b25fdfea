package dev.temporalboot.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A fresh {@link ServerMain} for one run, so no run pays for histories an earlier one left. */
final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts a server and waits until it accepts calls.
   *
   * @param launcher a command prefix, such as {@code taskset -c 0}, or empty
   */
  static ServerProcess start(Path javaHome, List<String> jvmFlags, List<String> launcher, Path log)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(launcher);
    command.add(javaHome.resolve("bin/java").toString());
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerMain.class.getName());
    command.add(Integer.toString(port));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = output.readLine()) != null && !line.equals(ServerMain.READY)) {
      seen.append(line).append('\n');
    }
    if (line == null) {
      process.destroyForcibly();
      throw new IllegalStateException("test server did not start:\n" + seen);
    }
    OutputDrain.toFile(output, log);
    return new ServerProcess(process, port);
  }

  /** CPU time used so far, in microseconds; NaN where unavailable. */
  double cpuMicros() {
    return ProcessMemory.cpuMicros(this.process.toHandle());
  }

  /** CPU seconds used so far, from /proc/<pid>/stat; NaN where unavailable. */
  double cpuSeconds() {
    return ProcStat.cpuSeconds(this.process.pid());
  }

  String target() {
    return "127.0.0.1:" + this.port;
  }

  @Override
  public void close() throws InterruptedException {
    this.process.destroyForcibly().waitFor();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
