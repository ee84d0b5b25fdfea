package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.temporalboot.internal.schedule.DeclaredSchedules;
import io.temporal.client.schedules.ScheduleDescription;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The schedules of application YAML in the temporal endpoint, listed and operated over HTTP. */
@SpringBootTest(
    classes = ActuatorApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "spring.config.import=classpath:actuator-schedules.yml",
      "management.endpoints.web.exposure.include=temporal",
      "management.endpoint.temporal.access=unrestricted"
    })
class ScheduleActuatorTests {

  private static final String SCHEDULE = "/actuator/temporal/schedules/echo-daily";

  @Value("${local.server.port}")
  int port;

  @Autowired DeclaredSchedules schedules;

  Http http;

  @BeforeEach
  void http() {
    this.http = new Http(this.port);
    // Tests share the app: each starts with the schedule unpaused.
    this.schedules.unpause("echo-daily");
  }

  @Test
  void listingShowsTheOutcomeTheSpecAndTheNextFiveActionTimes() {
    JsonNode schedule = this.http.get("/actuator/temporal").json().at("/schedules/echo-daily");

    assertThat(schedule.at("/outcome").asText()).isEqualTo("CREATED");
    assertThat(schedule.has("reason")).isFalse();
    assertThat(schedule.at("/workflowType").asText()).isEqualTo("EchoWorkflow");
    assertThat(schedule.at("/taskQueue").asText()).isEqualTo("echo");
    assertThat(schedule.at("/declared/cron/0").asText()).isEqualTo("0 8 * * MON-FRI");
    assertThat(schedule.at("/declared/timeZone").asText()).isEqualTo("Europe/Berlin");
    // As the server describes it: cron strings compiled into calendars, as a real cluster does.
    JsonNode calendar = schedule.at("/spec/calendars/0");
    assertThat(calendar.at("/second").asText()).isEqualTo("0");
    assertThat(calendar.at("/minute").asText()).isEqualTo("0");
    assertThat(calendar.at("/hour").asText()).isEqualTo("8");
    assertThat(calendar.at("/dayOfMonth").asText()).isEqualTo("1-31");
    assertThat(calendar.at("/dayOfWeek").asText()).isEqualTo("1-5");
    assertThat(schedule.at("/spec/timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(schedule.at("/actions/taken").asLong()).isGreaterThanOrEqualTo(0);
    JsonNode next = schedule.at("/nextActionTimes");
    assertThat(next).hasSize(5);
    List<ZonedDateTime> times = new ArrayList<>();
    next.forEach(
        (time) -> times.add(Instant.parse(time.asText()).atZone(ZoneId.of("Europe/Berlin"))));
    assertThat(times)
        .isSorted()
        .allSatisfy(
            (time) -> {
              assertThat(time.getHour()).isEqualTo(8);
              assertThat(time.getMinute()).isZero();
              assertThat(time.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            });
  }

  @Test
  void pauseWithANoteShowsInTheListingAndUnpauseLiftsIt() {
    Http.Response paused =
        this.http.post(SCHEDULE, "{\"action\":\"pause\",\"note\":\"stock audit\"}");

    assertThat(paused.status()).isEqualTo(200);
    assertThat(paused.json().at("/paused").asBoolean()).isTrue();
    JsonNode listed = this.http.get("/actuator/temporal").json().at("/schedules/echo-daily");
    assertThat(listed.at("/paused").asBoolean()).isTrue();
    assertThat(listed.at("/note").asText()).isEqualTo("stock audit");
    ScheduleDescription described = this.schedules.describe("echo-daily");
    assertThat(described.getSchedule().getState().isPaused()).isTrue();

    Http.Response unpaused =
        this.http.post(SCHEDULE, "{\"action\":\"unpause\",\"note\":\"audit done\"}");

    assertThat(unpaused.status()).isEqualTo(200);
    assertThat(unpaused.json().at("/paused").asBoolean()).isFalse();
    assertThat(unpaused.json().at("/note").asText()).isEqualTo("audit done");
    assertThat(this.schedules.describe("echo-daily").getSchedule().getState().isPaused()).isFalse();
  }

  @Test
  void withoutANotePauseSaysWhereItCameFromAndUnpauseGivesTheDeclaredNoteBack() {
    Http.Response paused = this.http.post(SCHEDULE, "{\"action\":\"pause\"}");

    assertThat(paused.status()).isEqualTo(200);
    assertThat(paused.json().at("/note").asText()).isEqualTo("Paused through /actuator/temporal");

    Http.Response unpaused = this.http.post(SCHEDULE, "{\"action\":\"unpause\"}");

    assertThat(unpaused.status()).isEqualTo(200);
    assertThat(unpaused.json().at("/paused").asBoolean()).isFalse();
    assertThat(unpaused.json().at("/note").asText()).isEqualTo("the morning echo");
  }

  @Test
  void aRequestWithoutAnActionIsABadRequestSayingWhatToSend() {
    Http.Response schedule = this.http.post(SCHEDULE, "{}");
    Http.Response worker = this.http.post("/actuator/temporal/echo", "{}");

    assertThat(schedule.status()).isEqualTo(400);
    assertThat(schedule.json().at("/message").asText())
        .isEqualTo("No action: send {\"action\": \"pause\"}, \"unpause\" or \"trigger\"");
    assertThat(worker.status()).isEqualTo(400);
    assertThat(worker.json().at("/message").asText())
        .isEqualTo("No action: send {\"action\": \"suspend\"} or \"resume\"");
  }

  @Test
  void triggerStartsAWorkflowThatRecentActionsShowWithItsIdStatusAndResult() {
    long before = this.schedules.describe("echo-daily").getInfo().getNumActions();

    Http.Response triggered = this.http.post(SCHEDULE, "{\"action\":\"trigger\"}");

    assertThat(triggered.status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode schedule =
                  this.http.get("/actuator/temporal").json().at("/schedules/echo-daily");
              assertThat(schedule.at("/actions/taken").asLong()).isGreaterThan(before);
              JsonNode recent = schedule.at("/recentActions");
              JsonNode last = recent.get(recent.size() - 1);
              assertThat(last.at("/workflowId").asText()).startsWith("echo-daily-");
              assertThat(last.at("/runId").asText()).isNotEmpty();
              assertThat(last.at("/status").asText()).isEqualTo("COMPLETED");
              assertThat(last.at("/closedAt").asText()).isNotEmpty();
              assertThat(last.at("/result").asText()).isEqualTo("TICK");
              assertThat(last.has("failure")).isFalse();
            });
  }

  @Test
  void anUnknownIdIsNotFoundNamingTheDeclaredOnes() {
    Http.Response response =
        this.http.post("/actuator/temporal/schedules/nightly", "{\"action\":\"pause\"}");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().at("/message").asText())
        .isEqualTo(
            "No schedule 'nightly' is declared under temporal.schedules: declared are [echo-daily]");
  }

  @Test
  void anUnknownActionIsABadRequestNamingTheValidOnes() {
    Http.Response response = this.http.post(SCHEDULE, "{\"action\":\"suspend\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/message").asText())
        .isEqualTo("Unknown action 'suspend' for a schedule: use 'pause', 'unpause' or 'trigger'");
    assertThat(this.schedules.describe("echo-daily").getSchedule().getState().isPaused()).isFalse();
  }

  @Test
  void workersAreStillSuspendedOnTheirOwnPath() {
    Http.Response response = this.http.post("/actuator/temporal/echo", "{\"action\":\"resume\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/taskQueue").asText()).isEqualTo("echo");
  }
}
