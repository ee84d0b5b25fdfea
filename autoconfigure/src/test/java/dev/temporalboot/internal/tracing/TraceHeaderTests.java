package dev.temporalboot.internal.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.interceptors.Header;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceHeaderTests {

  private static final String TRACEPARENT =
      "00-6b06548519f9080db1ca4f461774145e-b1ca4f461774145e-01";

  @Test
  void fieldsTravelAsOneJsonPayload() {
    Header header = new Header(new HashMap<>());

    TraceHeader.write(header, Map.of("traceparent", TRACEPARENT));

    Payload payload = header.getValues().get("_tracer-data");
    assertThat(payload.getData().toStringUtf8())
        .isEqualTo("{\"traceparent\":\"" + TRACEPARENT + "\"}");
    assertThat(TraceHeader.read(header)).containsExactly(Map.entry("traceparent", TRACEPARENT));
  }

  @Test
  void noContextLeavesTheHeaderAlone() {
    Header header = new Header(new HashMap<>());

    TraceHeader.write(header, Map.of());

    assertThat(header.getValues()).isEmpty();
    assertThat(TraceHeader.read(header)).isEmpty();
  }

  @Test
  void somethingElseUnderTheKeyReadsAsNoContext() {
    Payload garbage = Payload.newBuilder().setData(ByteString.copyFromUtf8("not json")).build();
    Header header = new Header(new HashMap<>(Map.of("_tracer-data", garbage)));

    assertThat(TraceHeader.read(header)).isEmpty();
  }
}
