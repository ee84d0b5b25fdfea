package dev.temporalboot.tracing;

import io.micrometer.observation.transport.ReceiverContext;
import java.util.Map;

/**
 * Context of a workflow run or handler, or of an activity execution: the tracer continues the trace
 * from the carrier read out of the Temporal header.
 */
public class TemporalReceiverContext extends ReceiverContext<Map<String, String>> {

  private final TemporalCall call;

  public TemporalReceiverContext(TemporalCall call, Map<String, String> carrier) {
    super(Map::get, call.kind());
    this.call = call;
    setCarrier(carrier);
    setName(call.side().observationName());
    setRemoteServiceName("temporal");
  }

  /** Returns the observed call. */
  public TemporalCall getCall() {
    return this.call;
  }
}
