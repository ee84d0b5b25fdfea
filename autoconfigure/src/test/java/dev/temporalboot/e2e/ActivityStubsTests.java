package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import dev.temporalboot.e2e.stubs.ShippingWorkflow;
import dev.temporalboot.e2e.stubs.StubsApplication;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Activity options from YAML and @ActivityStub, as the server records them in the history. */
@SpringBootTest(
    classes = StubsApplication.class,
    properties = {
      "temporal.embedded.port=0",
      "temporal.activities.default.start-to-close-timeout=30s",
      "temporal.activities.default.retry.maximum-attempts=5",
      "temporal.activities.ShipmentActivities.start-to-close-timeout=12s",
      "temporal.activities.ShipmentActivities.heartbeat-timeout=4s",
      "temporal.activities.ShipmentActivities.retry.initial-interval=2s",
      "temporal.activities.ShipmentActivities.retry.backoff=3.0",
      "temporal.activities.ShipmentActivities.retry.do-not-retry=java.lang.IllegalArgumentException",
      "temporal.activities[dev.temporalboot.e2e.stubs.AuditActivities].local=true",
      "temporal.activities[dev.temporalboot.e2e.stubs.AuditActivities].start-to-close-timeout=3s"
    })
class ActivityStubsTests {

  @Autowired WorkflowClient client;

  @Test
  void everyStubRunsItsActivity() {
    assertThat(run("o-1"))
        .isEqualTo("booked o-1-standard, booked o-1-express, booked o-1-by-hand, recorded o-1");
  }

  @Test
  void injectedStubCarriesTheInterfaceOptionsOverTheDefault() {
    ActivityTaskScheduledEventAttributes standard = scheduled("o-2").get(0);
    assertThat(Durations.toSeconds(standard.getStartToCloseTimeout())).isEqualTo(12);
    assertThat(Durations.toSeconds(standard.getHeartbeatTimeout())).isEqualTo(4);
    assertThat(standard.getRetryPolicy().getMaximumAttempts()).isEqualTo(5);
    assertThat(Durations.toSeconds(standard.getRetryPolicy().getInitialInterval())).isEqualTo(2);
    assertThat(standard.getRetryPolicy().getBackoffCoefficient()).isEqualTo(3.0);
    assertThat(standard.getRetryPolicy().getNonRetryableErrorTypesList())
        .containsExactly("java.lang.IllegalArgumentException");
  }

  @Test
  void activityStubAnnotationWinsOverYaml() {
    ActivityTaskScheduledEventAttributes express = scheduled("o-3").get(1);
    assertThat(Durations.toSeconds(express.getStartToCloseTimeout())).isEqualTo(7);
    assertThat(express.getRetryPolicy().getMaximumAttempts()).isEqualTo(2);
    assertThat(Durations.toSeconds(express.getHeartbeatTimeout())).isEqualTo(4);
    assertThat(Durations.toSeconds(express.getRetryPolicy().getInitialInterval())).isEqualTo(2);
  }

  @Test
  void stubMadeInWorkflowCodeWithoutOptionsGetsTheYamlOptions() {
    ActivityTaskScheduledEventAttributes handMade = scheduled("o-4").get(2);
    assertThat(Durations.toSeconds(handMade.getStartToCloseTimeout())).isEqualTo(12);
    assertThat(Durations.toSeconds(handMade.getHeartbeatTimeout())).isEqualTo(4);
    assertThat(handMade.getRetryPolicy().getMaximumAttempts()).isEqualTo(5);
    assertThat(Durations.toSeconds(handMade.getRetryPolicy().getInitialInterval())).isEqualTo(2);
  }

  @Test
  void localStubRunsAsALocalActivityWithoutAnActivityTask() {
    run("o-5");
    List<HistoryEvent> events = this.client.fetchHistory("o-5").getEvents();
    assertThat(scheduledFrom(events))
        .extracting((attributes) -> attributes.getActivityType().getName())
        .containsExactly("Book", "Book", "Book");
    assertThat(events)
        .filteredOn((event) -> event.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
        .hasSize(1);
  }

  private String run(String id) {
    return this.client
        .newWorkflowStub(
            ShippingWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("stubs").setWorkflowId(id).build())
        .ship(id);
  }

  private List<ActivityTaskScheduledEventAttributes> scheduled(String id) {
    run(id);
    return scheduledFrom(this.client.fetchHistory(id).getEvents());
  }

  private static List<ActivityTaskScheduledEventAttributes> scheduledFrom(
      List<HistoryEvent> events) {
    return events.stream()
        .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
        .toList();
  }
}
