package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.internal.nexus.NexusEndpoint;
import dev.temporalboot.internal.nexus.NexusOptionsLayer;
import io.temporal.workflow.NexusOperationCancellationType;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code temporal.nexus} entries become layers and endpoints, every value in its place. */
class NexusOptionsLayersTests {

  @Test
  void everyServiceValueIsMappedOntoTheLayer() {
    NexusProperties.Service service = new NexusProperties.Service();
    service.setEndpoint("payments");
    service.setScheduleToCloseTimeout(Duration.ofSeconds(1));
    service.setScheduleToStartTimeout(Duration.ofSeconds(2));
    service.setStartToCloseTimeout(Duration.ofSeconds(3));
    service.setCancellationType(NexusProperties.CancellationType.TRY_CANCEL);
    service.setSummary("charge");

    assertThat(NexusOptionsLayers.of(Map.of("PaymentService", service)).get("PaymentService"))
        .isEqualTo(
            new NexusOptionsLayer(
                "temporal.nexus.services.PaymentService",
                "payments",
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(3),
                NexusOperationCancellationType.TRY_CANCEL,
                "charge"));
  }

  @Test
  void unsetValuesStayUnsetAndNoDefaultIsAnEmptyLayer() {
    assertThat(NexusOptionsLayers.of(Map.of("x", new NexusProperties.Service())).get("x"))
        .isEqualTo(
            new NexusOptionsLayer("temporal.nexus.services.x", null, null, null, null, null, null));
    assertThat(NexusOptionsLayers.defaults(Map.of()).endpoint()).isNull();
  }

  @Test
  void cancellationTypesAreTheSdks() {
    assertThat(Arrays.stream(NexusProperties.CancellationType.values()).map(Enum::name))
        .containsExactlyElementsOf(
            Arrays.stream(NexusOperationCancellationType.values()).map(Enum::name).toList());
    for (NexusProperties.CancellationType type : NexusProperties.CancellationType.values()) {
      NexusProperties.Service service = new NexusProperties.Service();
      service.setCancellationType(type);
      assertThat(NexusOptionsLayers.of(Map.of("s", service)).get("s").cancellationType())
          .hasToString(type.name());
    }
  }

  @Test
  void endpointWithoutNamespaceGetsTheApplicationsOne() {
    Map<String, NexusProperties.Endpoint> endpoints = new LinkedHashMap<>();
    NexusProperties.Endpoint payments = new NexusProperties.Endpoint();
    payments.setTaskQueue("payments");
    payments.setDescription("Card payments");
    endpoints.put("payments", payments);
    NexusProperties.Endpoint billing = new NexusProperties.Endpoint();
    billing.setTaskQueue("invoices");
    billing.setNamespace("billing");
    endpoints.put("billing", billing);

    assertThat(NexusOptionsLayers.endpoints(endpoints, "orders"))
        .containsExactly(
            new NexusEndpoint("payments", "payments", "orders", "Card payments"),
            new NexusEndpoint("billing", "invoices", "billing", null));
  }
}
