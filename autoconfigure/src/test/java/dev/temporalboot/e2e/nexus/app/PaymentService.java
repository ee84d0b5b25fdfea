package dev.temporalboot.e2e.nexus.app;

import io.nexusrpc.Operation;
import io.nexusrpc.Service;

/** Another team's durable operations, behind a Nexus endpoint. */
@Service
public interface PaymentService {

  /** A synchronous operation: answered within the handler call. */
  @Operation
  String authorize(String order);

  /** A workflow-run operation: the handler starts a workflow whose result is the answer. */
  @Operation
  String charge(String order);

  /** A workflow-run operation that never completes unless cancelled. */
  @Operation
  String hold(String order);
}
