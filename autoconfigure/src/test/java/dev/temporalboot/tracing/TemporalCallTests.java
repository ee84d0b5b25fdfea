package dev.temporalboot.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.tracing.TemporalCall.Side;
import io.micrometer.observation.transport.Kind;
import org.junit.jupiter.api.Test;

class TemporalCallTests {

  @Test
  void spanNamesSayWhatHappensToWhich() {
    assertThat(call(Side.CLIENT, "start", "Order").contextualName())
        .isEqualTo("temporal start workflow Order");
    assertThat(call(Side.CLIENT, "signal_with_start", "Order").contextualName())
        .isEqualTo("temporal signal with start Order");
    assertThat(call(Side.CLIENT, "signal", "approve").contextualName())
        .isEqualTo("temporal signal approve");
    assertThat(call(Side.WORKFLOW, "run", "Order").contextualName())
        .isEqualTo("temporal run workflow Order");
    assertThat(call(Side.WORKFLOW, "update", "address").contextualName())
        .isEqualTo("temporal handle update address");
    assertThat(call(Side.ACTIVITY, "run", "Charge").contextualName())
        .isEqualTo("temporal run activity Charge");
  }

  @Test
  void messagesAreProducedAndConsumedWhileAnsweredCallsAreClientAndServer() {
    assertThat(call(Side.CLIENT, "start", "Order").kind()).isEqualTo(Kind.PRODUCER);
    assertThat(call(Side.CLIENT, "query", "status").kind()).isEqualTo(Kind.CLIENT);
    assertThat(call(Side.WORKFLOW, "run", "Order").kind()).isEqualTo(Kind.CONSUMER);
    assertThat(call(Side.WORKFLOW, "update", "address").kind()).isEqualTo(Kind.SERVER);
    assertThat(call(Side.ACTIVITY, "run", "Charge").kind()).isEqualTo(Kind.CONSUMER);
  }

  private static TemporalCall call(Side side, String operation, String name) {
    return new TemporalCall(side, operation, name, null, null, null, null, null, null);
  }
}
