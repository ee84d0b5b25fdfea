package dev.temporalboot.tracing;

import io.micrometer.observation.transport.ReceiverContext;
import java.util.Map;

/**
 * Context of a workflow run or handler, of an activity execution, of a Nexus operation handler, or
 * of a workflow's Nexus call: the tracer continues the trace from the carrier read out of the
 * Temporal header or Nexus request headers (for a Nexus call, the calling workflow's own context).
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
