package dev.temporalboot.internal.embedded;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.embedded.cron.CronWorkflowSchedules;
import dev.temporalboot.internal.embedded.schedule.EmbeddedSchedules;
import dev.temporalboot.internal.embedded.visibility.VisibilityInterceptor;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.temporal.api.testservice.v1.TestServiceGrpc;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's in-memory Temporal test server, served on our own gRPC server so that it binds only to
 * the configured address (the SDK's port-bound server binds every interface).
 */
public class EmbeddedTemporalServer implements Closeable {

  /**
   * The class whose presence means the SDK's test server is on the classpath, for conditions that
   * must not load it.
   */
  public static final String SDK_TEST_SERVER_CLASS = SdkTestServer.SERVICES_CLASS;

  private static final Logger logger = LoggerFactory.getLogger(EmbeddedTemporalServer.class);

  private final String address;

  private final int requestedPort;

  private final boolean timeSkipping;

  private final NamespaceRegistry namespaces = new NamespaceRegistry();

  private @Nullable SdkTestServer services;

  private @Nullable TestServiceCalls clockCalls;

  private @Nullable TimeSkippingWaiters waiters;

  private final NexusRouting nexusRouting =
      new NexusRouting(this::workflowService, this::registeredNamespaces);

  private @Nullable Server server;

  private final EmbeddedSchedules schedules = new EmbeddedSchedules();

  /**
   * Creates a server that is not started yet.
   *
   * @param address the address to bind to
   * @param port the port, or 0 for a free one
   * @param timeSkipping whether timers may skip ahead while a client waits for a result
   */
  public EmbeddedTemporalServer(String address, int port, boolean timeSkipping) {
    this.address = address;
    this.requestedPort = port;
    this.timeSkipping = timeSkipping;
  }

  /**
   * Starts serving.
   *
   * @throws InvalidTemporalPropertyException when the address or port cannot be bound
   */
  public synchronized void start() {
    InetSocketAddress socket = new InetSocketAddress(resolve(), this.requestedPort);
    // Always locked at start: time moves only while a client holds a TimeSkippingLock wait.
    SdkTestServer starter = SdkTestServer.startLocked();
    NettyServerBuilder builder = NettyServerBuilder.forAddress(socket);
    builder.intercept(this.nexusRouting); // innermost: the polls it answers are the SDK's
    builder.intercept(new VisibilityInterceptor(this::workflowService));
    builder.intercept(this.schedules.interceptor());
    builder.intercept(new NamespaceRegistration(this.namespaces));
    builder.intercept(new CronWorkflowSchedules(this::workflowService, this::serverTime));
    builder.intercept(new PollCompletionOnShutdown());
    HealthStatusManager health = new HealthStatusManager();
    builder.addService(health.getHealthService());
    for (BindableService service : starter.services()) {
      builder.addService(service);
      health.setStatus(
          service.bindService().getServiceDescriptor().getName(), ServingStatus.SERVING);
    }
    try {
      this.server = builder.build().start();
    } catch (IOException ex) {
      starter.close();
      throw bindFailure(ex);
    }
    this.services = starter;
    this.clockCalls = new TestServiceCalls(testService(starter));
    this.waiters = new TimeSkippingWaiters(this.clockCalls);
    this.schedules.start(getTarget(), starter.services());
    logger.info(
        "Embedded Temporal server listening on {} (time skipping {})",
        getTarget(),
        this.timeSkipping ? "while clients wait for results" : "off");
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the bound port
   */
  public int getPort() {
    if (this.server == null) {
      throw new IllegalStateException("Embedded Temporal server is not started");
    }
    return this.server.getPort();
  }

  /**
   * Returns the gRPC target clients use to reach this server.
   *
   * @return host:port, with IPv6 addresses in brackets
   */
  public String getTarget() {
    String host = this.address.contains(":") ? "[" + this.address + "]" : this.address;
    return host + ":" + getPort();
  }

  /**
   * Returns whether timers may skip ahead while a client waits for a result.
   *
   * @return true when time skipping is on
   */
  public boolean isTimeSkipping() {
    return this.timeSkipping;
  }

  /**
   * Creates the lock through which clients let time skip while they wait for a result.
   *
   * @return a new lock, to close with the client
   * @throws IllegalStateException when time skipping is off or the server is not started
   */
  public TimeSkippingLock newTimeSkippingLock() {
    if (!this.timeSkipping) {
      throw new IllegalStateException("Time skipping is off for this embedded server");
    }
    return new TimeSkippingLock(waiters());
  }

  /**
   * Creates a clock through which a test moves this server's time forward, in every registered
   * namespace, whether or not clients skip time.
   *
   * @return a new clock, to close when done
   * @throws IllegalStateException when the server is not started
   */
  public EmbeddedClock newClock() {
    return newClock(EmbeddedClock.SETTLE_TIMEOUT);
  }

  /** The test server's clock, which time skipping moves ahead of the wall clock. */
  private Instant serverTime() {
    TestServiceCalls calls = this.clockCalls;
    if (calls == null) {
      throw new IllegalStateException("Embedded Temporal server is not started");
    }
    return calls.now();
  }

  /** Creates a clock that waits {@code settleTimeout} for due work before failing. */
  EmbeddedClock newClock(Duration settleTimeout) {
    TestServiceCalls calls = this.clockCalls;
    if (calls == null) {
      throw new IllegalStateException("Embedded Temporal server is not started");
    }
    return new EmbeddedClock(
        getTarget(), this::registeredNamespaces, calls, waiters(), settleTimeout);
  }

  /**
   * Registers a namespace, as the operator of a real cluster would, unless it is registered:
   * RegisterNamespace, ListNamespaces and DescribeNamespace (by name or id) then know it. {@code
   * default} is always registered. The server still accepts calls in unregistered namespaces.
   *
   * @param name the namespace
   * @throws IllegalArgumentException when the name is blank
   */
  public void registerNamespace(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("Namespace name must not be blank");
    }
    this.namespaces.registerIfAbsent(name);
  }

  /**
   * Returns the registered namespaces.
   *
   * @return their names, sorted
   */
  public List<String> registeredNamespaces() {
    return this.namespaces.names();
  }

  /**
   * Registers custom search attributes, as the operator of a real cluster would. The SDK's test
   * server keeps them for all namespaces at once (SDK 1.39): an attribute registered in one is
   * usable in every other, and registering it again in another namespace fails ALREADY_EXISTS.
   *
   * @param namespace the namespace to register them in
   * @param types attribute names to types such as {@code keyword} or {@code int}
   * @throws InvalidTemporalPropertyException when a type is unknown
   */
  public void registerSearchAttributes(String namespace, Map<String, String> types) {
    SearchAttributeRegistrar.register(this, namespace, types);
  }

  /**
   * Routes each Nexus task to the worker of the namespace its endpoint targets, as a real cluster
   * does; the SDK's test server alone queues it in the calling workflow's namespace. Called when
   * the application uses several namespaces, so that one namespace's app runs exactly as before.
   */
  public void routeNexusByEndpointNamespace() {
    this.nexusRouting.enable();
  }

  private TimeSkippingWaiters waiters() {
    TimeSkippingWaiters started = this.waiters;
    if (started == null) {
      throw new IllegalStateException("Embedded Temporal server is not started");
    }
    return started;
  }

  private static TestServiceGrpc.TestServiceImplBase testService(SdkTestServer starter) {
    return starter.services().stream()
        .filter(TestServiceGrpc.TestServiceImplBase.class::isInstance)
        .map(TestServiceGrpc.TestServiceImplBase.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The test server has no test service"));
  }

  private WorkflowServiceGrpc.WorkflowServiceImplBase workflowService() {
    SdkTestServer started = this.services;
    if (started == null) {
      throw new IllegalStateException("Embedded Temporal server is not started");
    }
    return started.services().stream()
        .filter(WorkflowServiceGrpc.WorkflowServiceImplBase.class::isInstance)
        .map(WorkflowServiceGrpc.WorkflowServiceImplBase.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The test server has no workflow service"));
  }

  @Override
  public synchronized void close() {
    Server running = this.server;
    if (running == null) {
      return;
    }
    this.server = null;
    this.schedules.close();
    running.shutdown();
    this.nexusRouting.close(); // ends the polls it holds, so that the server can terminate
    try {
      if (!running.awaitTermination(5, TimeUnit.SECONDS)) {
        running.shutdownNow();
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      running.shutdownNow();
    }
    if (this.services != null) {
      this.services.close();
      this.services = null;
    }
    logger.info("Embedded Temporal server stopped");
  }

  private InetAddress resolve() {
    try {
      return InetAddress.getByName(this.address);
    } catch (UnknownHostException ex) {
      throw new InvalidTemporalPropertyException(
          "temporal.embedded.address",
          "'" + this.address + "' is not a known host or IP address.",
          "Use a local address such as 127.0.0.1 (the default) or ::1.",
          ex);
    }
  }

  private InvalidTemporalPropertyException bindFailure(IOException ex) {
    if (PortInUse.isCause(ex) && this.requestedPort != 0) {
      return new InvalidTemporalPropertyException(
          "temporal.embedded.port",
          "port "
              + this.requestedPort
              + " on "
              + this.address
              + " is already in use (another Temporal server or app?).",
          "Stop the process using it, or set temporal.embedded.port to a free port, or to 0 for a"
              + " random one (published as local.temporal.port).",
          ex);
    }
    return new InvalidTemporalPropertyException(
        "temporal.embedded.address",
        "cannot listen on " + this.address + ":" + this.requestedPort + ": " + ex.getMessage(),
        "Use an address of this machine, such as 127.0.0.1 (the default).",
        ex);
  }
}
