package dev.temporalboot.e2e.nexus.app;

import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.ServiceImpl;
import org.springframework.stereotype.Component;

/**
 * A handler bean without {@code @NexusServiceImpl}: temporal.workers[n].nexus-service-beans names
 * it.
 */
@Component
@ServiceImpl(service = RefundService.class)
public class RefundServiceImpl {

  @OperationImpl
  public OperationHandler<String, String> refund() {
    return OperationHandler.sync((context, details, order) -> "refunded " + order);
  }
}
