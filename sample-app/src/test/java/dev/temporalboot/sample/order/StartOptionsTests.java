package dev.temporalboot.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.web.OrderView;
import io.temporal.api.common.v1.RetryPolicy;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The start options POST /orders sets, as the server saw them. */
class StartOptionsTests extends SampleHttpTests {

  @Test
  void placingTheSameOrderIdTwiceIsRefused() {
    Order order = order("ada", "MUG-2", 1);
    place(order);

    ResponseEntity<Map> again = post("/orders", order, Map.class);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("detail"))
        .isEqualTo("order-" + order.orderId() + " exists already: its id cannot be used again");
  }

  @Test
  void memoAndSearchAttributeAreShownByDescribe() {
    Order order = order("vip-grace", "BOOK-1", 2);
    place(order);

    OrderView view = view(order.orderId());

    assertThat(view.summary()).isEqualTo("2 x BOOK-1");
    assertThat(view.customerTier()).isEqualTo("gold");
  }

  @Test
  void taskQueueTimeoutAndRetryPolicyAreRecordedAtStart() {
    Order order = order("ada", "MUG-2", 1);
    place(order);

    WorkflowExecutionStartedEventAttributes started =
        history(OrderWorkflow.workflowId(order.orderId()))
            .get(0)
            .getWorkflowExecutionStartedEventAttributes();
    assertThat(started.getTaskQueue().getName()).isEqualTo("orders");
    assertThat(Durations.toDays(started.getWorkflowExecutionTimeout())).isEqualTo(7);
    RetryPolicy retry = started.getRetryPolicy();
    assertThat(retry.getMaximumAttempts()).isEqualTo(3);
    assertThat(Durations.toSeconds(retry.getInitialInterval())).isEqualTo(10);
  }

  @Test
  void orderWithoutAnIdIsABadRequest() {
    Order order = new Order(null, "ada", "MUG-2", 1, "1 Main Street");

    assertThat(post("/orders", order, Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
