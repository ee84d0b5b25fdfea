package dev.temporalboot.internal.tracing;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.interceptors.Header;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Trace context in a Temporal {@link Header}: the propagator's fields (W3C {@code traceparent}, B3,
 * ...) as one JSON object under {@value #KEY}, the key and shape the other Temporal SDKs' tracing
 * interceptors use. Headers are stored in the history, so a worker that replays the workflow later,
 * in another process, reads the same context.
 */
final class TraceHeader {

  /** Header key holding the trace context. */
  public static final String KEY = "_tracer-data";

  // Plain JSON, never the application's codecs: headers are metadata the server keeps readable.
  private static final DataConverter JSON = DefaultDataConverter.STANDARD_INSTANCE;

  private TraceHeader() {}

  /** Returns the trace context fields in the header, empty when it carries none or garbage. */
  public static Map<String, String> read(Header header) {
    Payload payload = header.getValues().get(KEY);
    if (payload == null) {
      return new LinkedHashMap<>();
    }
    try {
      Map<?, ?> fields = JSON.fromPayload(payload, Map.class, Map.class);
      Map<String, String> carrier = new LinkedHashMap<>();
      fields.forEach((key, value) -> carrier.put(String.valueOf(key), String.valueOf(value)));
      return carrier;
    } catch (RuntimeException ex) {
      // Another SDK or version may write something else here: start a new trace rather than fail.
      return new LinkedHashMap<>();
    }
  }

  /** Puts the fields into the header, replacing any trace context it had; none leaves it as is. */
  public static void write(Header header, Map<String, String> carrier) {
    if (!carrier.isEmpty()) {
      JSON.toPayload(carrier).ifPresent((payload) -> header.getValues().put(KEY, payload));
    }
  }

  /**
   * The propagators' setter on our carriers: Micrometer declares the carrier nullable, but ours is
   * always a map, created before any propagator sees it.
   */
  static void set(@Nullable Map<String, String> carrier, String key, String value) {
    Objects.requireNonNull(carrier, "the carrier is created before the propagator writes to it")
        .put(key, value);
  }
}
