package dev.temporalboot.e2e.nexus.app;

import io.nexusrpc.Operation;
import io.nexusrpc.Service;

/** A Nexus service no handler here implements and no stub injects: only code names it. */
@Service
public interface UnservedService {

  @Operation
  String ping(String text);
}
