package dev.temporalboot.tracing;

import io.micrometer.observation.transport.SenderContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Context of a client call: the tracer injects the new span into the carrier, which then travels in
 * the call's Temporal header.
 */
public class TemporalSenderContext extends SenderContext<Map<String, String>> {

  private final TemporalCall call;

  public TemporalSenderContext(TemporalCall call) {
    super(TraceHeader::set, call.kind());
    this.call = call;
    setCarrier(new LinkedHashMap<>());
    setName(call.side().observationName());
    setRemoteServiceName("temporal");
  }

  /** Returns the observed call. */
  public TemporalCall getCall() {
    return this.call;
  }
}
