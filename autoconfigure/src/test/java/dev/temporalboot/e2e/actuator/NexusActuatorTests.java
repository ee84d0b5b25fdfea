package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.temporalboot.e2e.nexus.app.CheckoutWorkflow;
import dev.temporalboot.e2e.nexus.app.NexusApplication;
import dev.temporalboot.e2e.nexus.app.PaymentService;
import dev.temporalboot.e2e.nexus.app.RefundService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Nexus in the actuator on the embedded server, over real HTTP: the temporal endpoint, health, and
 * the SDK's Nexus metrics in a Prometheus scrape with no meter dropped.
 */
@SpringBootTest(
    classes = {NexusApplication.class, NexusActuatorTests.FailedRegistrations.class},
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "management.endpoints.web.exposure.include=health,temporal,prometheus",
      "management.endpoint.health.show-details=always"
    })
@TestPropertySource(locations = "classpath:nexus-e2e.properties")
class NexusActuatorTests {

  @Value("${local.server.port}")
  int port;

  @Autowired WorkflowClient client;

  @Autowired FailedRegistrations failed;

  Http http;

  @BeforeEach
  void http() {
    this.http = new Http(this.port);
  }

  @Test
  void endpointListsEachWorkersNexusServicesWithTheirOperations() {
    JsonNode payments = worker(this.http.get("/actuator/temporal").json(), "payments");

    assertThat(payments.at("/nexusServices").toString())
        .isEqualTo(
            "{\"RefundService\":[\"refund\"],"
                + "\"PaymentService\":[\"authorize\",\"charge\",\"hold\"]}");
    assertThat(worker(this.http.get("/actuator/temporal").json(), "checkout").at("/nexusServices"))
        .isEmpty();
  }

  @Test
  void endpointDescribesTheEndpointsAndTheStubOptionsPerService() {
    JsonNode nexus = this.http.get("/actuator/temporal").json().at("/nexus");

    JsonNode declared = nexus.at("/endpoints/payments-endpoint");
    assertThat(declared.at("/taskQueue").asText()).isEqualTo("payments");
    assertThat(declared.at("/namespace").asText()).isEqualTo("default");
    assertThat(declared.at("/description").asText()).isEqualTo("Card payments");
    assertThat(declared.at("/declaredIn").asText())
        .isEqualTo("temporal.nexus.endpoints.payments-endpoint");
    assertThat(declared.at("/namedBy").asText())
        .isEqualTo("temporal.nexus.services.PaymentService.endpoint");
    assertThat(declared.at("/createdByApp").asBoolean()).isTrue();
    assertThat(declared.at("/existsOnServer").asBoolean()).isTrue();
    assertThat(nexus.at("/endpoints/payments-direct/description").isMissingNode()).isTrue();
    JsonNode payment = nexus.at("/services/" + PaymentService.class.getName());
    assertThat(payment.at("/endpoint").asText()).isEqualTo("payments-endpoint");
    assertThat(payment.at("/scheduleToCloseTimeout").asText()).isEqualTo("PT1M30S");
    assertThat(payment.at("/summary").asText()).isEqualTo("from yaml");
    assertThat(payment.at("/cancellationType").asText()).isEqualTo("WAIT_COMPLETED");
    JsonNode refund = nexus.at("/services/" + RefundService.class.getName());
    assertThat(refund.at("/endpoint").asText()).isEqualTo("payments-direct");
    assertThat(refund.at("/scheduleToCloseTimeout").asText()).isEqualTo("PT1H");
  }

  @Test
  void embeddedServerHealthHasNoNexusComponent() {
    JsonNode temporal = this.http.get("/actuator/health").json().at("/components/temporal");

    assertThat(temporal.at("/status").asText()).isEqualTo("UP");
    assertThat(temporal.at("/components/nexus").isMissingNode()).isTrue();
  }

  @Test
  void prometheusKeepsTheNexusHandlersRequestMetersBesideTheOthers() {
    assertThat(checkout("sync", "m-1")).isEqualTo("m-1 approved");
    assertThat(checkout("workflow", "m-2")).isEqualTo("charged m-2 in charge-m-2");

    // Counters reach the registry on the metrics scope's next report, within a second.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertScrapeHasNexusMeters(this.http.get("/actuator/prometheus").body()));
    assertThat(this.failed.ids).isEmpty();
  }

  private static void assertScrapeHasNexusMeters(String scrape) {
    assertThat(series(scrape, "temporal_request_total{", "operation=\"RespondNexusTaskCompleted\""))
        .anySatisfy(
            (line) ->
                assertThat(line)
                    .contains("nexus_operation=\"authorize\"", "nexus_service=\"PaymentService\""))
        .anySatisfy((line) -> assertThat(line).contains("nexus_operation=\"charge\""));
    assertThat(
            series(
                scrape,
                "temporal_request_latency_seconds_count{",
                "operation=\"RespondNexusTaskCompleted\""))
        .isNotEmpty();
    assertThat(series(scrape, "temporal_request_total{", "operation=\"StartWorkflowExecution\""))
        .isNotEmpty()
        .allSatisfy(
            (line) ->
                assertThat(line).contains("nexus_operation=\"none\"", "nexus_service=\"none\""));
    assertThat(series(scrape, "temporal_nexus_task_execution_latency_seconds_count{", ""))
        .anySatisfy((line) -> assertThat(line).contains("nexus_operation=\"charge\""));
  }

  private static List<String> series(String scrape, String meter, String containing) {
    return scrape.lines().filter((l) -> l.startsWith(meter) && l.contains(containing)).toList();
  }

  private static JsonNode worker(JsonNode body, String taskQueue) {
    for (JsonNode worker : body.at("/workers")) {
      if (worker.at("/taskQueue").asText().equals(taskQueue)) {
        return worker;
      }
    }
    throw new AssertionError("No worker on " + taskQueue + " in " + body);
  }

  private String checkout(String scenario, String order) {
    return this.client
        .newWorkflowStub(
            CheckoutWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("checkout")
                .setWorkflowId("actuator-checkout-" + order)
                .build())
        .checkout(scenario, order);
  }

  /** Collects every meter Prometheus refuses, from the registry's creation on. */
  @TestConfiguration(proxyBeanMethods = false)
  static class FailedRegistrations implements MeterRegistryCustomizer<PrometheusMeterRegistry> {

    final List<String> ids = new CopyOnWriteArrayList<>();

    @Override
    public void customize(PrometheusMeterRegistry registry) {
      registry.config().onMeterRegistrationFailed((id, reason) -> this.ids.add(id.toString()));
    }
  }
}
