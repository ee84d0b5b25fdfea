package dev.temporalboot.testnexus;

import io.nexusrpc.Operation;
import io.nexusrpc.Service;

@Service
public interface GreetingService {

  @Operation
  String greet(String name);

  @Operation
  String greetLater(String name);
}
