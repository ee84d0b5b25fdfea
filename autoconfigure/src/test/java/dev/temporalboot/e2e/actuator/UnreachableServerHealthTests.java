package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An app whose Temporal server is down reports it in health and fails readiness, not liveness; once
 * a server answers on the target, health is UP again without a restart.
 */
class UnreachableServerHealthTests {

  @Test
  void healthIsDownNamingTheCauseUntilTheServerAnswers() throws IOException {
    int temporalPort = freePort();
    String target = "127.0.0.1:" + temporalPort;
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ActuatorApplication.class)
            .properties(
                "temporal.connection.target=" + target,
                "temporal.connection.fail-fast=false",
                "management.endpoint.health.show-details=always")
            .run()) {
      Http http =
          new Http(app.getEnvironment().getRequiredProperty("local.server.port", int.class));

      Http.Response health = http.get("/actuator/health");
      assertThat(health.status()).isEqualTo(503);
      JsonNode temporal = health.json().at("/components/temporal");
      assertThat(temporal.at("/status").asText()).isEqualTo("DOWN");
      assertThat(temporal.at("/components/connection/details/target").asText()).isEqualTo(target);
      assertThat(temporal.at("/components/connection/details/error").asText())
          .startsWith("UNAVAILABLE")
          .contains("Connection refused");
      assertThat(temporal.at("/components/workers/status").asText()).isEqualTo("DOWN");
      assertThat(temporal.at("/components/workers/details/taskQueues/echo/state").asText())
          .isEqualTo("STOPPED");
      assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(503);
      assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);

      EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", temporalPort, false);
      server.start();
      try {
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> http.get("/actuator/health").status() == 200);
        assertThat(http.get("/actuator/health").json().at("/components/temporal/status").asText())
            .isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
      } finally {
        app.close();
        server.close();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
