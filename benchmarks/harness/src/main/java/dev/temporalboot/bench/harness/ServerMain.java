package dev.temporalboot.bench.harness;

import io.temporal.testserver.TestServer;
import java.util.concurrent.CountDownLatch;

/**
 * The server every variant runs against: the SDK's test server (the engine Temporal Boot embeds) in
 * a JVM of its own, so no variant's worker shares a heap or a JIT with it. Time skipping is locked,
 * so time is real; the benchmark's activities have no timers in any case.
 */
public final class ServerMain {

  /** Printed once the port accepts calls; {@link ServerProcess} waits for it. */
  static final String READY = "BENCH-SERVER-READY";

  private ServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(args[0]);
    TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port, true);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println(READY);
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
