package dev.temporalboot.internal.connection;

import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service stubs created on a background thread while the context is refreshed, for the stubs bean
 * to take over when it would create the same ones. Creating the stubs (gRPC's channel, protobuf's
 * descriptors, the TLS context) and the first call (with its TLS handshake) are most of the SDK's
 * own start-up; done early they overlap with the rest of the refresh. Anything that fails early is
 * only logged: the stubs bean then creates its stubs as it would have, and reports the failure the
 * usual way.
 */
public final class EarlyConnection {

  private static final Logger logger = LoggerFactory.getLogger(EarlyConnection.class);

  private final CompletableFuture<@Nullable Opened> opened;

  private boolean taken;

  private boolean takenOver;

  private EarlyConnection(CompletableFuture<@Nullable Opened> opened) {
    this.opened = opened;
  }

  /**
   * Starts creating the stubs on a daemon thread, with the options of a factory that has no plugins
   * and no customizers, then warms their connection up.
   *
   * @param factory the factory the stubs bean would use
   * @return the connection being opened
   */
  public static EarlyConnection open(ServiceStubsFactory factory) {
    return open(() -> factory);
  }

  /**
   * Starts creating the stubs on a daemon thread, the factory included: reading PEM files and
   * building the TLS context of its details is part of what overlaps with the refresh.
   *
   * @param factory makes the factory the stubs bean would use; a failure opens nothing
   * @return the connection being opened
   */
  public static EarlyConnection open(Supplier<ServiceStubsFactory> factory) {
    CompletableFuture<@Nullable Opened> opened = new CompletableFuture<>();
    Thread thread = new Thread(() -> openIn(factory, opened), "temporal-early-connection");
    thread.setDaemon(true);
    thread.start();
    return new EarlyConnection(opened);
  }

  private static void openIn(
      Supplier<ServiceStubsFactory> supplier, CompletableFuture<@Nullable Opened> opened) {
    ServiceStubsFactory factory;
    WorkflowServiceStubs stubs;
    try {
      factory = supplier.get();
      ConnectionInputs inputs = factory.inputs();
      if (inputs == null) {
        opened.complete(null);
        return;
      }
      stubs = WorkflowServiceStubs.newServiceStubs(factory.createOptions(List.of(), List.of()));
      opened.complete(new Opened(inputs, stubs));
    } catch (RuntimeException | LinkageError ex) {
      // The connection details and stubs beans report it, as without the early connection.
      logger.debug("Temporal early connection not opened: {}", ex.toString());
      opened.complete(null);
      return;
    }
    try {
      ConnectionWarmUp.call(stubs, factory.rpcTimeout());
    } catch (RuntimeException ex) {
      // logged by the warm-up; the workers' start reports an unreachable server
    }
  }

  /**
   * Hands the stubs over when the stubs bean would create the very same ones; otherwise shuts them
   * down. Called once, by the stubs bean.
   *
   * @param inputs what the stubs bean creates its stubs from; null when it has plugins or
   *     customizers, whose options cannot be compared
   * @return the early stubs, or null when the bean must create its own
   */
  synchronized @Nullable WorkflowServiceStubs take(@Nullable ConnectionInputs inputs) {
    if (this.taken) {
      return null;
    }
    this.taken = true;
    Opened result = this.opened.join();
    if (result == null) {
      return null;
    }
    if (!result.inputs().equals(inputs)) {
      logger.debug("Temporal early connection not used: the stubs bean builds other options");
      result.stubs().shutdownNow();
      return null;
    }
    logger.debug("Temporal stubs bean takes over the early connection");
    this.takenOver = true;
    return result.stubs();
  }

  /**
   * Whether the stubs bean took the early stubs over.
   *
   * @return true once {@link #take} handed them over
   */
  public synchronized boolean isTakenOver() {
    return this.takenOver;
  }

  /** Shuts the stubs down unless the stubs bean took them; for a context that closes first. */
  public synchronized void discard() {
    if (!this.taken) {
      this.taken = true;
      Opened result = this.opened.join();
      if (result != null) {
        result.stubs().shutdownNow();
      }
    }
  }

  private record Opened(ConnectionInputs inputs, WorkflowServiceStubs stubs) {}
}
