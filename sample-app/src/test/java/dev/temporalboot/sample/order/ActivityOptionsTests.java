package dev.temporalboot.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import dev.temporalboot.sample.SampleHttpTests;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The injected stubs' options come from temporal.activities in application.yml. */
class ActivityOptionsTests extends SampleHttpTests {

  @Test
  void interfaceBlockWinsOverTheDefaultBlock() {
    Map<String, ActivityTaskScheduledEventAttributes> scheduled = scheduledActivities();

    ActivityTaskScheduledEventAttributes charge = scheduled.get("Charge");
    assertThat(Durations.toSeconds(charge.getStartToCloseTimeout())).isEqualTo(5);
    assertThat(charge.getRetryPolicy().getMaximumAttempts()).isEqualTo(3);
    assertThat(charge.getRetryPolicy().getNonRetryableErrorTypesList())
        .containsExactly("dev.temporalboot.sample.payment.PaymentDeclinedException");
    ActivityTaskScheduledEventAttributes reserve = scheduled.get("Reserve");
    assertThat(Durations.toSeconds(reserve.getStartToCloseTimeout())).isEqualTo(10);
    assertThat(Durations.toSeconds(reserve.getRetryPolicy().getMaximumInterval())).isEqualTo(60);
  }

  @Test
  void pricingRunsAsALocalActivity() {
    String orderId = order("ada", "MUG-2", 1).orderId();
    place(new Order(orderId, "ada", "MUG-2", 1, "1 Main Street"));

    List<HistoryEvent> events = history(OrderWorkflow.workflowId(orderId));
    assertThat(events)
        .filteredOn((event) -> event.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
        .extracting((event) -> event.getMarkerRecordedEventAttributes().getMarkerName())
        // the local activity's marker, and the version marker of the fraud screening
        .containsExactlyInAnyOrder("LocalActivity", "Version");
    assertThat(scheduledIn(events)).doesNotContainKey("Quote");
  }

  private Map<String, ActivityTaskScheduledEventAttributes> scheduledActivities() {
    Order order = order("ada", "MUG-2", 1);
    place(order);
    return scheduledIn(history(OrderWorkflow.workflowId(order.orderId())));
  }

  static Map<String, ActivityTaskScheduledEventAttributes> scheduledIn(List<HistoryEvent> events) {
    return events.stream()
        .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
        .collect(
            Collectors.toMap(
                (a) -> a.getActivityType().getName(), Function.identity(), (a, b) -> a));
  }
}
