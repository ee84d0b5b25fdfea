package dev.temporalboot.internal.connection;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the connection of new service stubs in the background, while the context is still being
 * refreshed: the channel's first call (connecting, loading gRPC's and protobuf's classes, the
 * server's capabilities, which the SDK keeps) is then done by the time the workers start. A failure
 * is only logged: the workers' own start reports it, as without the warm-up.
 */
final class ConnectionWarmUp {

  private static final Logger logger = LoggerFactory.getLogger(ConnectionWarmUp.class);

  private ConnectionWarmUp() {}

  /**
   * Starts one {@code GetSystemInfo} call on a daemon thread.
   *
   * @param stubs the stubs to warm up
   * @param timeout the call's deadline
   * @return the server's answer; completed exceptionally when the call failed
   */
  static CompletableFuture<GetSystemInfoResponse> start(
      WorkflowServiceStubs stubs, Duration timeout) {
    CompletableFuture<GetSystemInfoResponse> answer = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                answer.complete(call(stubs, timeout));
              } catch (RuntimeException ex) {
                answer.completeExceptionally(ex);
              }
            },
            "temporal-connection-warm-up");
    thread.setDaemon(true);
    thread.start();
    return answer;
  }

  /**
   * Makes the call on this thread.
   *
   * @throws RuntimeException the call's failure, also logged
   */
  static GetSystemInfoResponse call(WorkflowServiceStubs stubs, Duration timeout) {
    try {
      return stubs
          .blockingStub()
          .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
    } catch (RuntimeException ex) {
      logger.debug("Temporal connection warm-up failed: {}", ex.toString());
      throw ex;
    }
  }
}
