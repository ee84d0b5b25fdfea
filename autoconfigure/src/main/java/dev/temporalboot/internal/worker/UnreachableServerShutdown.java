package dev.temporalboot.internal.worker;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops workers whose server never answered. The SDK (1.39) tells the server that each worker
 * leaves, and asks the server's capabilities first, synchronously, when it never learnt them: with
 * the server still unreachable that call throws out of {@code WorkerFactory.shutdown()} before the
 * other workers stop. Such workers never polled, so nothing is in flight: the failure is logged and
 * the stop goes on. Once the server has answered the SDK keeps its capabilities, and a failed
 * goodbye no longer throws. {@code UnreachableServerShutdownTests} fails when the SDK's shutdown
 * stops throwing, or throws something else.
 */
final class UnreachableServerShutdown {

  private static final Logger logger = LoggerFactory.getLogger(UnreachableServerShutdown.class);

  private UnreachableServerShutdown() {}

  static void run(Runnable shutdown) {
    try {
      shutdown.run();
    } catch (StatusRuntimeException ex) {
      if (ex.getStatus().getCode() != Status.Code.UNAVAILABLE
          && ex.getStatus().getCode() != Status.Code.DEADLINE_EXCEEDED) {
        throw ex;
      }
      logger.info(
          "Temporal server unreachable while the workers stop ({}); they stop without telling it",
          ex.getStatus().getCode());
    }
  }
}
