package dev.temporalboot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.temporalboot.e2e.actuator.ActuatorApplication;
import dev.temporalboot.e2e.actuator.EchoWorkflow;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running app whose Temporal server goes away reports it in health over HTTP, and once a new
 * server answers on the same target, reports UP again and runs new workflows, with no restart.
 */
class ServerGoneAtRuntimeTests {

  private static final ObjectMapper json = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private @Nullable EmbeddedTemporalServer server;

  @AfterEach
  void stopServer() {
    if (this.server != null) {
      this.server.close();
    }
  }

  @Test
  void healthGoesDownWithTheServerAndWorkResumesOnItsReplacement() throws IOException {
    int temporalPort = freePort();
    String target = "127.0.0.1:" + temporalPort;
    this.server = startServer(temporalPort);
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ActuatorApplication.class)
            .properties(
                "temporal.connection.target=" + target,
                "temporal.connection.fail-fast=false",
                "temporal.shutdown.grace-period=1s",
                "management.endpoint.health.show-details=always")
            .run()) {
      String health =
          "http://127.0.0.1:"
              + app.getEnvironment().getRequiredProperty("local.server.port")
              + "/actuator/health";
      WorkflowClient client = app.getBean(WorkflowClient.class);
      awaitTemporalHealth(health, "UP");
      assertThat(runEcho(client, "before")).isEqualTo("BEFORE");

      this.server.close();
      JsonNode down = awaitTemporalHealth(health, "DOWN");
      assertThat(down.at("/components/connection/details/target").asText()).isEqualTo(target);
      assertThat(down.at("/components/connection/details/error").asText())
          .startsWith("UNAVAILABLE")
          .contains("Connection refused");

      // Its state was in memory, so the replacement knows no earlier workflow: only new work runs.
      this.server = startServer(temporalPort);
      awaitTemporalHealth(health, "UP");
      assertThat(runEcho(client, "after")).isEqualTo("AFTER");
    }
  }

  private static EmbeddedTemporalServer startServer(int port) {
    EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", port, false);
    server.start();
    return server;
  }

  /** Waits until health reports the status for {@code temporal}, and returns that component. */
  private JsonNode awaitTemporalHealth(String url, String status) {
    return await("temporal health " + status)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> temporalHealth(url),
            (temporal) -> status.equals(temporal.at("/status").asText()));
  }

  private JsonNode temporalHealth(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        this.http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode temporal = json.readTree(response.body()).at("/components/temporal");
    // DOWN must reach the HTTP status too, so that a readiness probe stops the traffic.
    assertThat(response.statusCode())
        .isEqualTo("DOWN".equals(temporal.at("/status").asText()) ? 503 : 200);
    return temporal;
  }

  /** Runs a workflow to its result, bounded so that workers that never poll fail the test. */
  private static String runEcho(WorkflowClient client, String text) {
    EchoWorkflow workflow =
        client.newWorkflowStub(
            EchoWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("echo").build());
    WorkflowClient.start(workflow::echo, text);
    try {
      return WorkflowStub.fromTyped(workflow).getResult(15, TimeUnit.SECONDS, String.class);
    } catch (TimeoutException ex) {
      throw new AssertionError("workflow '" + text + "' did not complete in 15s", ex);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
