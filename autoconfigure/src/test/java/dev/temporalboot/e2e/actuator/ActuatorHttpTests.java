package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.Version;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Health, the temporal endpoint, info and Prometheus metrics, over real HTTP. */
@SpringBootTest(
    classes = ActuatorApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "management.endpoints.web.exposure.include=health,temporal,info,prometheus",
      "management.endpoint.health.show-details=always",
      "management.endpoint.temporal.access=unrestricted",
      "management.metrics.tags.app=actuator-test",
      "temporal.workflows.EchoWorkflow.run-timeout=5m",
      "temporal.workflows.EchoWorkflow.retry.maximum-attempts=2",
      "temporal.activities.default.start-to-close-timeout=15s",
      "temporal.activities.EchoActivities.heartbeat-timeout=3s"
    })
class ActuatorHttpTests {

  @Value("${local.server.port}")
  int port;

  @Value("${local.temporal.port}")
  int temporalPort;

  @Autowired WorkflowClient client;

  Http http;

  @BeforeEach
  void http() {
    this.http = new Http(this.port);
    // Tests share the app: each starts with the worker polling.
    this.http.post("/actuator/temporal/echo", "{\"action\":\"resume\"}");
  }

  @Test
  void healthIsUpWithTheConnectionAndEachWorker() {
    JsonNode temporal = this.http.get("/actuator/health").json().at("/components/temporal");

    assertThat(temporal.at("/status").asText()).isEqualTo("UP");
    JsonNode connection = temporal.at("/components/connection");
    assertThat(connection.at("/status").asText()).isEqualTo("UP");
    assertThat(connection.at("/details/target").asText())
        .isEqualTo("127.0.0.1:" + this.temporalPort);
    assertThat(connection.at("/details/namespace").asText()).isEqualTo("default");
    JsonNode echo = temporal.at("/components/workers/details/taskQueues/echo");
    assertThat(echo.at("/state").asText()).isEqualTo("RUNNING");
    assertThat(echo.at("/workflowTypes/0").asText()).isEqualTo("EchoWorkflow");
    assertThat(echo.at("/activityTypes/0").asText()).isEqualTo("Shout");
  }

  @Test
  void endpointDescribesTheConnectionTheWorkersAndContributedSections() {
    JsonNode body = this.http.get("/actuator/temporal").json();

    JsonNode connection = body.at("/connection");
    assertThat(connection.at("/target").asText()).isEqualTo("127.0.0.1:" + this.temporalPort);
    assertThat(connection.at("/namespace").asText()).isEqualTo("default");
    assertThat(connection.at("/tls").asBoolean()).isFalse();
    assertThat(connection.at("/apiKeySet").asBoolean()).isFalse();
    assertThat(connection.at("/embedded").asBoolean()).isTrue();
    assertThat(connection.at("/embeddedPort").asInt()).isEqualTo(this.temporalPort);
    JsonNode worker = body.at("/workers/0");
    assertThat(worker.at("/taskQueue").asText()).isEqualTo("echo");
    assertThat(worker.at("/name").asText()).isEqualTo("echo");
    assertThat(worker.at("/state").asText()).isEqualTo("RUNNING");
    assertThat(worker.at("/workflowTypes/0").asText()).isEqualTo("EchoWorkflow");
    assertThat(worker.at("/activityTypes/0").asText()).isEqualTo("Shout");
    assertThat(worker.at("/options/maxConcurrentActivities").asInt()).isPositive();
    assertThat(worker.at("/options/workflowPollers").isMissingNode()).isFalse();
    assertThat(body.at("/example/shown").asBoolean()).isTrue();
  }

  @Test
  void endpointShowsWorkflowDefaultsAndEffectiveActivityOptions() {
    JsonNode body = this.http.get("/actuator/temporal").json();

    JsonNode workflow = body.at("/workflows/" + EchoWorkflow.class.getName());
    assertThat(workflow.at("/runTimeout").asText()).isEqualTo("PT5M");
    assertThat(workflow.at("/retry/maximumAttempts").asInt()).isEqualTo(2);
    JsonNode activities = body.at("/activities/" + EchoActivities.class.getName());
    assertThat(activities.at("/local").asBoolean()).isFalse();
    assertThat(activities.at("/startToCloseTimeout").asText()).isEqualTo("PT15S");
    assertThat(activities.at("/heartbeatTimeout").asText()).isEqualTo("PT3S");
  }

  @Test
  void suspendPausesPollingInTheEndpointAndHealthAndResumeRestartsIt() {
    Http.Response suspended = this.http.post("/actuator/temporal/echo", "{\"action\":\"suspend\"}");

    assertThat(suspended.status()).isEqualTo(200);
    assertThat(suspended.json().at("/state").asText()).isEqualTo("SUSPENDED");
    assertThat(this.http.get("/actuator/temporal").json().at("/workers/0/state").asText())
        .isEqualTo("SUSPENDED");
    JsonNode workers =
        this.http.get("/actuator/health").json().at("/components/temporal/components/workers");
    assertThat(workers.at("/details/taskQueues/echo/state").asText()).isEqualTo("SUSPENDED");
    assertThat(workers.at("/status").asText()).isEqualTo("UP");

    Http.Response resumed = this.http.post("/actuator/temporal/echo", "{\"action\":\"resume\"}");

    assertThat(resumed.status()).isEqualTo(200);
    assertThat(resumed.json().at("/state").asText()).isEqualTo("RUNNING");
    assertThat(echo("polling again")).isEqualTo("POLLING AGAIN");
  }

  @Test
  void unknownTaskQueueIsNotFound() {
    Http.Response response =
        this.http.post("/actuator/temporal/no-such-queue", "{\"action\":\"suspend\"}");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().at("/message").asText()).contains("no-such-queue");
  }

  @Test
  void unknownActionIsABadRequestSayingWhichActionsExist() {
    Http.Response response = this.http.post("/actuator/temporal/echo", "{\"action\":\"pause\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/message").asText())
        .contains("'pause'")
        .contains("suspend")
        .contains("resume");
  }

  @Test
  void infoShowsTheSdkVersionNamespaceAndTaskQueues() {
    JsonNode temporal = this.http.get("/actuator/info").json().at("/temporal");

    assertThat(temporal.at("/sdkVersion").asText()).isEqualTo(Version.LIBRARY_VERSION);
    assertThat(temporal.at("/namespace").asText()).isEqualTo("default");
    assertThat(temporal.at("/taskQueues/0").asText()).isEqualTo("echo");
  }

  @Test
  void sdkMetricsReachPrometheusTaggedWithNamespaceTaskQueueAndCommonTags() {
    assertThat(echo("metrics")).isEqualTo("METRICS");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(this.http.get("/actuator/prometheus").body().lines())
                    .anySatisfy(
                        (line) ->
                            assertThat(line)
                                .startsWith("temporal_")
                                .contains("namespace=\"default\"")
                                .contains("task_queue=\"echo\"")
                                .contains("app=\"actuator-test\"")));
  }

  private String echo(String text) {
    return this.client
        .newWorkflowStub(
            EchoWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("echo").build())
        .echo(text);
  }
}
