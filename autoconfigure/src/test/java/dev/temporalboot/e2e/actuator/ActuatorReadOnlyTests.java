package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Without {@code management.endpoint.temporal.access=unrestricted} the endpoint only reads: no
 * worker suspended, no schedule paused.
 */
@SpringBootTest(
    classes = ActuatorApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "spring.config.import=classpath:actuator-schedules.yml",
      "management.endpoints.web.exposure.include=health,temporal"
    })
class ActuatorReadOnlyTests {

  @Value("${local.server.port}")
  int port;

  @Autowired TemporalWorkers workers;

  @Autowired DeclaredSchedules schedules;

  @Test
  void suspendIsRefusedAndTheWorkerKeepsPolling() {
    Http http = new Http(this.port);

    Http.Response response = http.post("/actuator/temporal/echo", "{\"action\":\"suspend\"}");

    // Boot maps no route for an operation the access level excludes: its own 404, not ours.
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("No worker polls");
    assertThat(this.workers.getState("echo")).contains(WorkerState.RUNNING);
    assertThat(http.get("/actuator/temporal").status()).isEqualTo(200);
  }

  @Test
  void pausingAScheduleIsRefusedAndTheListingStillReads() {
    Http http = new Http(this.port);

    Http.Response response =
        http.post("/actuator/temporal/schedules/echo-daily", "{\"action\":\"pause\"}");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("declared");
    assertThat(this.schedules.describe("echo-daily").getSchedule().getState().isPaused()).isFalse();
    assertThat(http.get("/actuator/temporal").json().at("/schedules/echo-daily/outcome").asText())
        .isEqualTo("CREATED");
  }
}
