package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Schedules the application cannot operate, over HTTP: one something else created on the server,
 * and one the application could not reconcile because the server is down.
 */
class ScheduleActuatorServerTests {

  @Test
  void aScheduleSomethingElseCreatedIsListedWithWhyAndOperatingItIsAConflict() {
    try (EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false)) {
      server.start();
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.getTarget()).build());
      try {
        ScheduleClient.newInstance(stubs)
            .createSchedule(
                "echo-daily",
                Schedule.newBuilder()
                    .setAction(
                        ScheduleActionStartWorkflow.newBuilder()
                            .setWorkflowType("EchoWorkflow")
                            .setArguments("by hand")
                            .setOptions(
                                WorkflowOptions.newBuilder()
                                    .setWorkflowId("by-hand")
                                    .setTaskQueue("echo")
                                    .build())
                            .build())
                    .setSpec(
                        ScheduleSpec.newBuilder().setCronExpressions(List.of("@hourly")).build())
                    .build(),
                ScheduleOptions.newBuilder().build());
        try (ConfigurableApplicationContext app = app(server.getTarget())) {
          Http http = http(app);

          JsonNode schedule = http.get("/actuator/temporal").json().at("/schedules/echo-daily");
          assertThat(schedule.at("/outcome").asText()).isEqualTo("NOT_OWNED");
          assertThat(schedule.at("/reason").asText())
              .isEqualTo(
                  "created by something other than Temporal Boot (no temporal-boot.owner memo)");
          assertThat(schedule.at("/workflowId").asText()).isEqualTo("by-hand");
          assertThat(schedule.at("/nextActionTimes")).hasSize(5);

          Http.Response paused =
              http.post("/actuator/temporal/schedules/echo-daily", "{\"action\":\"pause\"}");
          assertThat(paused.status()).isEqualTo(409);
          assertThat(paused.json().at("/message").asText())
              .startsWith("Schedule 'echo-daily' is NOT_OWNED (created by something other")
              .endsWith("this application operates only the schedules it created");
          assertThat(
                  ScheduleClient.newInstance(stubs)
                      .getHandle("echo-daily")
                      .describe()
                      .getSchedule()
                      .getState()
                      .isPaused())
              .isFalse();
        }
      } finally {
        stubs.shutdownNow();
      }
    }
  }

  @Test
  void operatingAScheduleAnotherApplicationCreatedNamesThatApplication() {
    try (EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false)) {
      server.start();
      try (ConfigurableApplicationContext billing =
          app(server.getTarget(), "spring.application.name=billing")) {
        assertThat(
                http(billing)
                    .get("/actuator/temporal")
                    .json()
                    .at("/schedules/echo-daily/outcome")
                    .asText())
            .isEqualTo("CREATED");
      }
      try (ConfigurableApplicationContext other =
          app(server.getTarget(), "spring.application.name=reports")) {
        Http.Response paused =
            http(other).post("/actuator/temporal/schedules/echo-daily", "{\"action\":\"pause\"}");

        assertThat(paused.status()).isEqualTo(409);
        assertThat(paused.json().at("/message").asText())
            .isEqualTo(
                "Schedule 'echo-daily' is NOT_OWNED (created by application 'billing' (memo"
                    + " temporal-boot.owner), not by this one): this application operates only the"
                    + " schedules it created");
      }
    }
  }

  @Test
  void withTheServerDownEachScheduleSaysSoAndTheEndpointAnswers() throws IOException {
    try (ConfigurableApplicationContext app =
        app(
            "127.0.0.1:" + freePort(),
            "temporal.connection.fail-fast=false",
            "temporal.schedules.echo-hourly.workflow=EchoWorkflow",
            "temporal.schedules.echo-hourly.arguments[0]=tock",
            "temporal.schedules.echo-hourly.interval.every=1h")) {
      Http http = http(app);

      Http.Response response = http.get("/actuator/temporal");

      assertThat(response.status()).isEqualTo(200);
      JsonNode schedule = response.json().at("/schedules/echo-daily");
      assertThat(schedule.at("/outcome").asText()).isEqualTo("PENDING");
      assertThat(schedule.at("/reason").asText())
          .isEqualTo("not reconciled yet: the server has not answered since start-up");
      assertThat(schedule.at("/error").asText()).startsWith("server unreachable: UNAVAILABLE");
      assertThat(schedule.at("/declared/cron/0").asText()).isEqualTo("0 8 * * MON-FRI");
      JsonNode hourly = response.json().at("/schedules/echo-hourly");
      assertThat(hourly.at("/outcome").asText()).isEqualTo("PENDING");
      assertThat(hourly.at("/error").asText()).startsWith("server unreachable: UNAVAILABLE");
      assertThat(hourly.at("/declared/interval/every").asText()).isEqualTo("PT1H");
      Http.Response trigger =
          http.post("/actuator/temporal/schedules/echo-daily", "{\"action\":\"trigger\"}");
      assertThat(trigger.status()).isEqualTo(503);
      assertThat(trigger.json().at("/message").asText())
          .isEqualTo(
              "Schedule 'echo-daily' is PENDING: the Temporal server has not answered since"
                  + " start-up, so it is not reconciled yet; retry once the server answers (health"
                  + " shows temporal UP)");
    }
  }

  @Test
  void aFailedRunShowsTheFailureTheApplicationRaised() {
    try (EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false)) {
      server.start();
      // On the command line, as the YAML's list is above the builder's default properties.
      try (ConfigurableApplicationContext app =
          builder(server.getTarget())
              .run("--temporal.schedules.echo-daily.arguments[0]=" + EchoActivitiesImpl.REFUSED)) {
        Http http = http(app);

        assertThat(
                http.post("/actuator/temporal/schedules/echo-daily", "{\"action\":\"trigger\"}")
                    .status())
            .isEqualTo(200);

        await()
            .atMost(Duration.ofSeconds(20))
            .untilAsserted(
                () -> {
                  JsonNode recent =
                      http.get("/actuator/temporal")
                          .json()
                          .at("/schedules/echo-daily/recentActions");
                  assertThat(recent).hasSize(1);
                  assertThat(recent.at("/0/status").asText()).isEqualTo("FAILED");
                  assertThat(recent.at("/0/failure").asText())
                      .isEqualTo("refusing to shout 'refuse'");
                  assertThat(recent.at("/0").has("result")).isFalse();
                });
      }
    }
  }

  private static ConfigurableApplicationContext app(String target, String... properties) {
    return builder(target).properties(properties).run();
  }

  private static SpringApplicationBuilder builder(String target) {
    return new SpringApplicationBuilder(ActuatorApplication.class)
        .properties(
            "temporal.connection.target=" + target,
            "spring.config.import=classpath:actuator-schedules.yml",
            "management.endpoints.web.exposure.include=temporal",
            "management.endpoint.temporal.access=unrestricted");
  }

  private static Http http(ConfigurableApplicationContext app) {
    return new Http(app.getEnvironment().getRequiredProperty("local.server.port", int.class));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
