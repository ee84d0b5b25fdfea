package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.temporalboot.e2e.nexus.app.NexusApplication;
import dev.temporalboot.e2e.nexusshop.ShopCheckoutWorkflowImpl;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import io.temporal.api.nexus.v1.EndpointSpec;
import io.temporal.api.nexus.v1.EndpointTarget;
import io.temporal.api.operatorservice.v1.CreateNexusEndpointRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On a server other than the embedded one, the {@code nexus} health component says whether the
 * endpoints the app names exist: DOWN naming the missing ones, UP once an operator creates them,
 * UNKNOWN when the server refuses to list them. It stays out of readiness.
 */
@ExtendWith(OutputCaptureExtension.class)
class NexusHealthTests {

  @Test
  void missingEndpointsAreDownByNameUntilAnOperatorCreatesThem() {
    try (EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false)) {
      server.start();
      try (ConfigurableApplicationContext app = start(server.getTarget())) {
        Http http = http(app);

        Http.Response health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        JsonNode nexus = health.json().at("/components/temporal/components/nexus");
        assertThat(nexus.at("/status").asText()).isEqualTo("DOWN");
        assertThat(nexus.at("/details/missing").toString())
            .isEqualTo("[\"payments-direct\",\"payments-endpoint\"]");
        assertThat(nexus.at("/details/error").asText())
            .isEqualTo(
                "Nexus endpoint(s) [payments-direct, payments-endpoint] do not exist on the"
                    + " Temporal server: operations sent to them fail until an operator creates"
                    + " them");
        assertThat(nexus.at("/details/endpoints/payments-endpoint/namedBy").asText())
            .isEqualTo("temporal.nexus.services.PaymentService.endpoint");
        assertThat(nexus.at("/details/endpoints/payments-endpoint/exists").asBoolean()).isFalse();
        assertThat(health.json().at("/components/temporal/components/connection/status").asText())
            .isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
        JsonNode endpoint = http.get("/actuator/temporal").json().at("/nexus/endpoints");
        assertThat(endpoint.at("/payments-direct/existsOnServer").asBoolean()).isFalse();
        assertThat(endpoint.at("/payments-direct/createdByApp").asBoolean()).isFalse();

        create(server.getTarget(), "payments-endpoint");
        create(server.getTarget(), "payments-direct");
        await()
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> http.get("/actuator/health").status() == 200);
        nexus = http.get("/actuator/health").json().at("/components/temporal/components/nexus");
        assertThat(nexus.at("/status").asText()).isEqualTo("UP");
        assertThat(nexus.at("/details/missing").isMissingNode()).isTrue();
        assertThat(nexus.at("/details/endpoints/payments-direct/exists").asBoolean()).isTrue();
        assertThat(
                http.get("/actuator/temporal")
                    .json()
                    .at("/nexus/endpoints/payments-direct/existsOnServer")
                    .asBoolean())
            .isTrue();
      }
    }
  }

  @Test
  void endpointsNamedInAnotherNamespaceOnTheSameServerAreCheckedToo() {
    try (EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false)) {
      server.start();
      try (ConfigurableApplicationContext app = start(server.getTarget(), shop(null))) {
        JsonNode nexus =
            http(app).get("/actuator/health").json().at("/components/temporal/components/nexus");
        assertThat(nexus.at("/details/missing").toString())
            .isEqualTo("[\"payments-direct\",\"payments-endpoint\",\"shop-refunds\"]");
      }
    }
  }

  @Test
  void endpointsNamedInANamespaceOnAnotherServerAreNotLookedUpOnThePrimaryOne(
      CapturedOutput output) {
    try (EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);
        EmbeddedTemporalServer shopServer = new EmbeddedTemporalServer("127.0.0.1", 0, false)) {
      server.start();
      shopServer.start();
      try (ConfigurableApplicationContext app =
          start(server.getTarget(), shop(shopServer.getTarget()))) {
        JsonNode nexus =
            http(app).get("/actuator/health").json().at("/components/temporal/components/nexus");
        assertThat(nexus.at("/details/missing").toString())
            .isEqualTo("[\"payments-direct\",\"payments-endpoint\"]");
        assertThat(output)
            .contains(
                "Nexus endpoints [payments-direct, payments-endpoint, shop-refunds] named by workflows of namespace 'shop' (alias"
                    + " shop) are not checked at start-up nor by health");
      }
    }
  }

  /** A namespace whose workflow names the endpoint shop-refunds; on its own server if given. */
  private static String[] shop(String target) {
    List<String> properties =
        new ArrayList<>(
            List.of(
                "temporal.namespaces.shop.workers[0].task-queue=shop",
                "temporal.namespaces.shop.workers[0].workflow-classes="
                    + ShopCheckoutWorkflowImpl.class.getName()));
    if (target != null) {
      properties.add("temporal.namespaces.shop.connection.target=" + target);
    }
    return properties.toArray(String[]::new);
  }

  @Test
  void serverThatRefusesToListEndpointsLeavesThemUnknownAndHealthUp() {
    try (CountingTemporalServer server = new CountingTemporalServer(Set.of("ListNexusEndpoints"))) {
      try (ConfigurableApplicationContext app = start(server.target())) {
        Http http = http(app);

        Http.Response health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/status").asText()).isEqualTo("UP");
        JsonNode nexus = health.json().at("/components/temporal/components/nexus");
        assertThat(nexus.at("/status").asText()).isEqualTo("UNKNOWN");
        assertThat(nexus.at("/details/error").asText())
            .isEqualTo("PERMISSION_DENIED: Request unauthorized.");
        assertThat(nexus.at("/details/reason").asText())
            .startsWith("the server refuses to list Nexus endpoints")
            .contains("Temporal Cloud");
        assertThat(nexus.at("/details/endpoints").toString())
            .isEqualTo("[\"payments-direct\",\"payments-endpoint\"]");
        assertThat(
                http.get("/actuator/temporal")
                    .json()
                    .at("/nexus/endpoints/payments-direct/existsOnServer")
                    .asText())
            .isEqualTo("unknown");
      }
    }
  }

  private static ConfigurableApplicationContext start(String target, String... more) {
    return new SpringApplicationBuilder(NexusApplication.class)
        .properties(more)
        .properties(
            "server.port=0",
            "temporal.connection.target=" + target,
            "management.endpoints.web.exposure.include=health,temporal",
            "management.endpoint.health.show-details=always",
            "temporal.nexus.services.default.endpoint=payments-direct",
            "temporal.nexus.services.PaymentService.endpoint=payments-endpoint",
            "temporal.workers[0].task-queue=payments",
            "temporal.workers[0].nexus-service-beans=refundServiceImpl")
        .run();
  }

  private static Http http(ConfigurableApplicationContext app) {
    return new Http(app.getEnvironment().getRequiredProperty("local.server.port", int.class));
  }

  private static void create(String target, String name) {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(target)
                .validateAndBuildWithDefaults());
    try {
      operator
          .blockingStub()
          .createNexusEndpoint(
              CreateNexusEndpointRequest.newBuilder()
                  .setSpec(
                      EndpointSpec.newBuilder()
                          .setName(name)
                          .setTarget(
                              EndpointTarget.newBuilder()
                                  .setWorker(
                                      EndpointTarget.Worker.newBuilder()
                                          .setNamespace("default")
                                          .setTaskQueue("payments"))))
                  .build());
    } finally {
      operator.shutdownNow();
    }
  }
}
