package dev.temporalboot.internal.connection;

import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service stubs created on a background thread while the context is refreshed, for the stubs bean
 * to take over when it would create the same ones. Creating the stubs (gRPC's channel, protobuf's
 * descriptors) and the first call are most of the SDK's own start-up; done early they overlap with
 * the rest of the refresh. Anything that fails early is only logged: the stubs bean then creates
 * its stubs as it would have, and reports the failure the usual way.
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
   * @param factory the factory the stubs bean would use; its details have no TLS and no API key
   * @return the connection being opened
   */
  public static EarlyConnection open(ServiceStubsFactory factory) {
    ServiceStubsFactory.Plain plain = factory.plain();
    CompletableFuture<@Nullable Opened> opened = new CompletableFuture<>();
    if (plain == null) {
      opened.complete(null);
      return new EarlyConnection(opened);
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                WorkflowServiceStubs stubs =
                    WorkflowServiceStubs.newServiceStubs(
                        factory.createOptions(List.of(), List.of()));
                opened.complete(new Opened(plain, stubs));
              } catch (RuntimeException | LinkageError ex) {
                logger.debug("Temporal early connection not opened: {}", ex.toString());
                opened.complete(null);
                return;
              }
              try {
                ConnectionWarmUp.call(stubs(opened), factory.rpcTimeout());
              } catch (RuntimeException ex) {
                // logged by the warm-up; the workers' start reports an unreachable server
              }
            },
            "temporal-early-connection");
    thread.setDaemon(true);
    thread.start();
    return new EarlyConnection(opened);
  }

  /**
   * Hands the stubs over when the stubs bean would create the very same ones; otherwise shuts them
   * down. Called once, by the stubs bean.
   *
   * @param plain what the stubs bean creates its stubs from; null when it has plugins, customizers,
   *     TLS or an API key, whose options cannot be compared
   * @return the early stubs, or null when the bean must create its own
   */
  synchronized @Nullable WorkflowServiceStubs take(ServiceStubsFactory.@Nullable Plain plain) {
    if (this.taken) {
      return null;
    }
    this.taken = true;
    Opened result = this.opened.join();
    if (result == null) {
      return null;
    }
    if (!result.plain().equals(plain)) {
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

  private static WorkflowServiceStubs stubs(CompletableFuture<@Nullable Opened> opened) {
    Opened result = opened.join();
    return Objects.requireNonNull(result, "completed with stubs").stubs();
  }

  private record Opened(ServiceStubsFactory.Plain plain, WorkflowServiceStubs stubs) {}
}
