package dev.temporalboot.e2e.nexus.app;

import io.nexusrpc.Operation;
import io.nexusrpc.Service;

/** A second Nexus service, whose handler bean only YAML registers. */
@Service
public interface RefundService {

  @Operation
  String refund(String order);
}
