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

  @Test
  void nexusSpanNamesNameTheServiceAndOperationOnBothSides() {
    TemporalCall.NexusOperation check =
        new TemporalCall.NexusOperation("credit", "Credit", "check");
    TemporalCall caller = nexus(Side.NEXUS_CALLER, "start", check);
    assertThat(caller.contextualName()).isEqualTo("temporal start nexus operation Credit/check");
    assertThat(caller.kind()).isEqualTo(Kind.PRODUCER);
    TemporalCall start = nexus(Side.NEXUS_HANDLER, "start", check);
    assertThat(start.contextualName())
        .isEqualTo("temporal handle start nexus operation Credit/check");
    assertThat(start.kind()).isEqualTo(Kind.CONSUMER);
    assertThat(nexus(Side.NEXUS_HANDLER, "cancel", check).contextualName())
        .isEqualTo("temporal handle cancel nexus operation Credit/check");
    assertThat(Side.NEXUS_CALLER.observationName()).isEqualTo("temporal.nexus.caller");
    assertThat(Side.NEXUS_HANDLER.observationName()).isEqualTo("temporal.nexus.handler");
  }

  private static TemporalCall nexus(
      Side side, String operation, TemporalCall.NexusOperation nexus) {
    return new TemporalCall(
        side, operation, nexus.qualifiedName(), null, null, null, null, null, null, nexus);
  }

  private static TemporalCall call(Side side, String operation, String name) {
    return new TemporalCall(side, operation, name, null, null, null, null, null, null);
  }
}
