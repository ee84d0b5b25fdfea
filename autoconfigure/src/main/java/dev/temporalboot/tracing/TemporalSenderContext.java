package dev.temporalboot.tracing;

import io.micrometer.observation.transport.SenderContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Context of a client call: the tracer injects the new span into the carrier, which then travels in
 * the call's Temporal header.
 */
public class TemporalSenderContext extends SenderContext<Map<String, String>> {

  private final TemporalCall call;

  public TemporalSenderContext(TemporalCall call) {
    super(TemporalSenderContext::put, call.kind());
    this.call = call;
    setCarrier(new LinkedHashMap<>());
    setName(call.side().observationName());
    setRemoteServiceName("temporal");
  }

  /** Returns the observed call. */
  public TemporalCall getCall() {
    return this.call;
  }

  /** The propagators' setter: the carrier is always the map created above. */
  private static void put(@Nullable Map<String, String> carrier, String key, String value) {
    Objects.requireNonNull(carrier, "the carrier is created before the propagator writes to it")
        .put(key, value);
  }
}
