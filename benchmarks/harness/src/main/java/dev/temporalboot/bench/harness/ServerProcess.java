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

  static ServerProcess start(Path javaHome, List<String> jvmFlags, Path log) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
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
