package dev.temporalboot.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.inventory.Warehouse;
import dev.temporalboot.sample.payment.PaymentLedger;
import dev.temporalboot.sample.shipment.Courier;
import dev.temporalboot.sample.shipment.ShipmentWorkflow;
import dev.temporalboot.sample.web.OrderView;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A cancelled order undoes what it did in a detached cancellation scope, then ends cancelled. */
class CancellationTests extends SampleHttpTests {

  @Autowired Warehouse warehouse;

  @Autowired PaymentLedger ledger;

  @Autowired Courier courier;

  @AfterEach
  void courierIsBack() {
    this.courier.setDown(false);
  }

  @Test
  void orderCancelledWhileWaitingForApprovalGivesItsStockBack() {
    int stockBefore = this.warehouse.available("BOOK-1");
    Order order = order("ada", "BOOK-1", 6);
    CompletableFuture<ResponseEntity<Map>> response = placeAndWait(order);
    awaitStage(order.orderId(), OrderStage.AWAITING_APPROVAL);
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore - 6);

    cancel(order.orderId());

    assertThat(response.join().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.join().getBody())
        .containsEntry("detail", "order-" + order.orderId() + " was cancelled");
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore);
    assertThat(this.ledger.chargedCents(order.orderId())).isZero();
    OrderView view = view(order.orderId());
    assertThat(view.status()).isEqualTo("CANCELED");
    assertThat(view.stage()).isEqualTo(OrderStage.CANCELED);
  }

  @Test
  void orderCancelledWhileShippingIsRefundedAndItsShipmentCancelled() {
    int stockBefore = this.warehouse.available("MUG-2");
    this.courier.setDown(true);
    Order order = order("ada", "MUG-2", 2);
    CompletableFuture<ResponseEntity<Map>> response = placeAndWait(order);
    awaitStage(order.orderId(), OrderStage.SHIPPING);

    cancel(order.orderId());

    assertThat(response.join().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(this.ledger.refundedCents(order.orderId())).isEqualTo(1_798);
    assertThat(this.warehouse.available("MUG-2")).isEqualTo(stockBefore);
    assertThat(
            this.client
                .newUntypedWorkflowStub(ShipmentWorkflow.workflowId(order.orderId()))
                .describe()
                .getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
  }

  @Test
  void refundStubTakesItsOptionsFromCodeOverYaml() {
    Order order = order("ada", "BOOK-1", 6);
    CompletableFuture<ResponseEntity<Map>> response = placeAndWait(order);
    awaitStage(order.orderId(), OrderStage.AWAITING_APPROVAL);
    cancel(order.orderId());
    response.join();

    ActivityTaskScheduledEventAttributes refund =
        ActivityOptionsTests.scheduledIn(history(OrderWorkflow.workflowId(order.orderId())))
            .get("Refund");
    // @ActivityStub: unlimited attempts within 7 days; YAML says 3 attempts for payments.
    assertThat(refund.getRetryPolicy().getMaximumAttempts()).isZero();
    assertThat(Durations.toDays(refund.getScheduleToCloseTimeout())).isEqualTo(7);
    assertThat(Durations.toSeconds(refund.getStartToCloseTimeout())).isEqualTo(5);
  }

  private CompletableFuture<ResponseEntity<Map>> placeAndWait(Order order) {
    return CompletableFuture.supplyAsync(() -> post("/orders", order, Map.class));
  }

  private void cancel(String orderId) {
    post("/orders/" + orderId + "/cancel", Map.of(), Map.class);
  }
}
