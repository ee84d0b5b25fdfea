package dev.temporalboot.internal.embedded;

import io.grpc.BindableService;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.Closeable;
import java.util.List;

/**
 * The only door to the SDK's test server internals. {@code temporal-test-server} has no public API
 * for serving its services on a server of ours, so this depends on {@code
 * io.temporal.internal.testservice.TestServicesStarter} (SDK 1.39): its name (the classpath marker
 * of both auto-configurations), its {@code (boolean lockTimeSkipping, long initialTimeMillis)}
 * constructor starting the workflow, operator and test services with time skipping locked, {@code
 * getServices()} and {@code close()}. {@code SdkTestServerTests} fails naming what changed.
 */
final class SdkTestServer implements Closeable {

  /** The class that marks the SDK's test server as present on the classpath. */
  static final String SERVICES_CLASS = "io.temporal.internal.testservice.TestServicesStarter";

  private final TestServicesStarter services;

  private SdkTestServer(TestServicesStarter services) {
    this.services = services;
  }

  /** Starts the test services in memory, time skipping locked until a client unlocks it. */
  static SdkTestServer startLocked() {
    return new SdkTestServer(new TestServicesStarter(true, 0));
  }

  /** Returns the gRPC services to serve: workflow, operator and test service. */
  List<BindableService> services() {
    return this.services.getServices();
  }

  @Override
  public void close() {
    this.services.close();
  }
}
