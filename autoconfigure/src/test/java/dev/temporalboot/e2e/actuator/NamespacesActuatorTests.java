package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.e2e.namespaces.InvoiceWorkflow;
import dev.temporalboot.e2e.namespaces.NamespacesApplication;
import dev.temporalboot.e2e.namespaces.WhereWorkflow;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Health, the endpoint, info and metrics of an app with two namespaces over real HTTP, billing's on
 * a server of its own, which the last test stops.
 */
@SpringBootTest(classes = NamespacesApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    locations = "classpath:namespaces-e2e.properties",
    properties = {
      "management.endpoints.web.exposure.include=health,temporal,info,prometheus",
      "management.endpoint.health.show-details=always",
      "management.endpoint.temporal.access=unrestricted",
      "management.info.temporal.enabled=true",
      // The last test stops billing's server, and the cached context closes when the JVM exits:
      // billing's pollers then sleep in the SDK's backoff, which a graceful stop waits out.
      "temporal.shutdown.grace-period=2s"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NamespacesActuatorTests {

  static final EmbeddedTemporalServer billingServer = billingServer();

  @DynamicPropertySource
  static void billingConnection(DynamicPropertyRegistry registry) {
    registry.add("temporal.namespaces.billing.connection.target", billingServer::getTarget);
  }

  @AfterAll
  static void stopBillingServer() {
    billingServer.close();
  }

  @Value("${local.server.port}")
  int port;

  @Value("${local.temporal.port}")
  int temporalPort;

  @Autowired TemporalWorkflows workflows;

  @Autowired
  @Qualifier("billing")
  TemporalWorkflows billingWorkflows;

  Http http;

  @BeforeEach
  void http() {
    this.http = new Http(this.port);
  }

  @Test
  @Order(1)
  void healthShowsEachNamespaceWithItsOwnConnectionAndWorkers() {
    Http.Response health = this.http.get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    JsonNode temporal = health.json().at("/components/temporal");
    assertThat(temporal.at("/status").asText()).isEqualTo("UP");
    assertThat(temporal.at("/components/connection/details/namespace").asText())
        .isEqualTo("orders");
    assertThat(temporal.at("/components/connection/details/target").asText())
        .isEqualTo("127.0.0.1:" + this.temporalPort);
    assertThat(temporal.at("/components/workers/details/taskQueues/where/state").asText())
        .isEqualTo("RUNNING");
    assertThat(temporal.at("/components/workers/details/taskQueues/invoices").isMissingNode())
        .isTrue();
    JsonNode billing = temporal.at("/components/billing");
    assertThat(billing.at("/status").asText()).isEqualTo("UP");
    assertThat(billing.at("/components/connection/details/namespace").asText())
        .isEqualTo("billing-prod");
    assertThat(billing.at("/components/connection/details/target").asText())
        .isEqualTo(billingServer.getTarget());
    assertThat(billing.at("/components/workers/details/taskQueues/invoices/state").asText())
        .isEqualTo("RUNNING");
    assertThat(billing.at("/components/workers/details/taskQueues/where/state").asText())
        .isEqualTo("RUNNING");
    Http.Response billingConnection = this.http.get("/actuator/health/temporal/billing/connection");
    assertThat(billingConnection.status()).isEqualTo(200);
    assertThat(billingConnection.json().at("/status").asText()).isEqualTo("UP");
    assertThat(this.http.get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void endpointKeepsThePrimaryNamespaceOnTopAndListsEachAlias() {
    JsonNode body = this.http.get("/actuator/temporal").json();

    assertThat(body.at("/connection/namespace").asText()).isEqualTo("orders");
    assertThat(body.at("/workers").findValuesAsText("taskQueue")).containsExactly("where");
    assertThat(body.at("/workers/0/namespace").asText()).isEqualTo("orders");
    JsonNode billing = body.at("/namespaces/billing");
    assertThat(billing.at("/namespace").asText()).isEqualTo("billing-prod");
    assertThat(billing.at("/target").asText()).isEqualTo(billingServer.getTarget());
    assertThat(billing.at("/tls").asBoolean()).isFalse();
    assertThat(billing.at("/apiKeySet").isBoolean()).isTrue();
    assertThat(billing.at("/apiKeySet").asBoolean()).isFalse();
    assertThat(billing.at("/workers").findValuesAsText("taskQueue"))
        .containsExactlyInAnyOrder("where", "invoices");
    assertThat(billing.at("/workers").findValuesAsText("namespace")).containsOnly("billing-prod");
    assertThat(billing.at("/workers/0/options/maxConcurrentActivities").asInt()).isPositive();
  }

  @Test
  @Order(3)
  void suspendAndResumeAddressTheNamedNamespacesQueueOnly() {
    Http.Response suspended =
        this.http.post(
            "/actuator/temporal/where", "{\"action\":\"suspend\",\"namespace\":\"billing\"}");

    assertThat(suspended.status()).isEqualTo(200);
    assertThat(suspended.json().at("/state").asText()).isEqualTo("SUSPENDED");
    assertThat(suspended.json().at("/namespace").asText()).isEqualTo("billing-prod");
    JsonNode body = this.http.get("/actuator/temporal").json();
    assertThat(billingWorker(body, "where").at("/state").asText()).isEqualTo("SUSPENDED");
    assertThat(body.at("/workers/0/state").asText()).isEqualTo("RUNNING");
    // The primary namespace's worker of the same queue name still runs workflows.
    assertThat(this.workflows.newStub(WhereWorkflow.class, "where-during-suspend").where("p"))
        .isEqualTo("p in orders/where");

    Http.Response resumed =
        this.http.post(
            "/actuator/temporal/where", "{\"action\":\"resume\",\"namespace\":\"billing\"}");

    assertThat(resumed.status()).isEqualTo(200);
    assertThat(resumed.json().at("/state").asText()).isEqualTo("RUNNING");
    assertThat(this.billingWorkflows.newStub(WhereWorkflow.class, "where-resumed").where("b"))
        .isEqualTo("b in billing-prod/where");
  }

  @Test
  @Order(3)
  void anUnknownAliasIsABadRequestNamingTheAliases() {
    Http.Response response =
        this.http.post(
            "/actuator/temporal/where", "{\"action\":\"suspend\",\"namespace\":\"payments\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/message").asText())
        .contains("'payments'")
        .contains("[billing]")
        .contains("'orders'");
  }

  @Test
  @Order(3)
  void aQueueNotPolledInTheNamespaceIsNotFoundNamingTheNamespace() {
    Http.Response response =
        this.http.post("/actuator/temporal/invoices", "{\"action\":\"suspend\"}");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().at("/message").asText()).contains("'invoices'").contains("'orders'");
  }

  @Test
  @Order(4)
  void infoListsEachAliasWithItsNamespaceAndQueues() {
    JsonNode temporal = this.http.get("/actuator/info").json().at("/temporal");

    assertThat(temporal.at("/namespace").asText()).isEqualTo("orders");
    assertThat(temporal.at("/namespaces/billing/namespace").asText()).isEqualTo("billing-prod");
    assertThat(values(temporal.at("/namespaces/billing/taskQueues")))
        .containsExactlyInAnyOrder("where", "invoices");
  }

  @Test
  @Order(5)
  void metricsOfEachNamespaceCarryItsNamespaceTag() {
    assertThat(this.billingWorkflows.newStub(InvoiceWorkflow.class, "invoice-metrics").invoice(3))
        .isEqualTo("booked 3 by billing-prod in billing-prod");
    assertThat(this.workflows.newStub(WhereWorkflow.class, "where-metrics").where("m"))
        .isEqualTo("m in orders/where");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              List<String> completed =
                  this.http
                      .get("/actuator/prometheus")
                      .body()
                      .lines()
                      .filter((line) -> line.startsWith("temporal_workflow_completed_total"))
                      .toList();
              assertThat(completed)
                  .anySatisfy(
                      (line) ->
                          assertThat(line)
                              .contains("namespace=\"billing-prod\"")
                              .contains("task_queue=\"invoices\""))
                  .anySatisfy(
                      (line) ->
                          assertThat(line)
                              .contains("namespace=\"orders\"")
                              .contains("task_queue=\"where\""));
            });
    // No meter of billing's queue carries the primary namespace.
    assertThat(this.http.get("/actuator/prometheus").body().lines())
        .filteredOn((line) -> line.startsWith("temporal_") && line.contains("\"invoices\""))
        .isNotEmpty()
        .allSatisfy((line) -> assertThat(line).contains("namespace=\"billing-prod\""));
  }

  @Test
  @Order(6)
  void anAliasWhoseServerStopsIsDownWhileThePrimaryStaysUp() {
    billingServer.close();

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                "DOWN"
                    .equals(
                        this.http
                            .get("/actuator/health/temporal/billing/connection")
                            .json()
                            .at("/status")
                            .asText()));
    JsonNode billing = this.http.get("/actuator/health/temporal/billing/connection").json();
    assertThat(billing.at("/details/namespace").asText()).isEqualTo("billing-prod");
    assertThat(billing.at("/details/error").asText()).startsWith("UNAVAILABLE");
    Http.Response primary = this.http.get("/actuator/health/temporal/connection");
    assertThat(primary.status()).isEqualTo(200);
    assertThat(primary.json().at("/status").asText()).isEqualTo("UP");
    // A pod that cannot reach one of its namespaces is not ready.
    Http.Response readiness = this.http.get("/actuator/health/readiness");
    assertThat(readiness.status()).isEqualTo(503);
    assertThat(this.http.get("/actuator/health/liveness").status()).isEqualTo(200);
  }

  private static JsonNode billingWorker(JsonNode body, String taskQueue) {
    for (JsonNode worker : body.at("/namespaces/billing/workers")) {
      if (worker.at("/taskQueue").asText().equals(taskQueue)) {
        return worker;
      }
    }
    throw new AssertionError("no billing worker of queue " + taskQueue + " in " + body);
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach((value) -> values.add(value.asText()));
    return values;
  }

  private static EmbeddedTemporalServer billingServer() {
    EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);
    server.start();
    server.registerNamespace("billing-prod");
    return server;
  }
}
