package dev.temporalboot.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.inventory.Warehouse;
import dev.temporalboot.sample.payment.PaymentLedger;
import dev.temporalboot.sample.shipment.Courier;
import dev.temporalboot.sample.shipment.ShipmentWorkflow;
import dev.temporalboot.sample.web.OrderView;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A workflow calling activities (Spring beans using beans) through injected stubs. */
class OrderFulfilmentTests extends SampleHttpTests {

  @Autowired Warehouse warehouse;

  @Autowired PaymentLedger ledger;

  @Autowired Courier courier;

  @Test
  void orderIsReservedChargedShippedAndCompleted() {
    int stockBefore = this.warehouse.available("BOOK-1");
    Order order = order("ada", "BOOK-1", 2);

    OrderResult result = place(order);

    assertThat(result.status()).isEqualTo(OrderStage.COMPLETED);
    assertThat(result.chargedCents()).isEqualTo(3_998);
    assertThat(result.trackingNumber()).startsWith("TRK-");
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore - 2);
    assertThat(this.ledger.chargedCents(order.orderId())).isEqualTo(3_998);
    assertThat(this.courier.parcelOf(order.orderId())).isPresent();
  }

  @Test
  void finishedOrderStillAnswersItsStageQueryAndResult() {
    Order order = order("ada", "MUG-2", 1);
    OrderResult result = place(order);

    OrderView view = view(order.orderId());

    assertThat(view.status()).isEqualTo("COMPLETED");
    assertThat(view.stage()).isEqualTo(OrderStage.COMPLETED);
    assertThat(view.result()).isEqualTo(result);
  }

  @Test
  void shipmentRunsAsAChildWorkflowOfTheOrder() {
    Order order = order("ada", "BOOK-1", 1);
    OrderResult result = place(order);

    String shipmentId = ShipmentWorkflow.workflowId(order.orderId());
    WorkflowExecutionStartedEventAttributes started =
        history(shipmentId).get(0).getWorkflowExecutionStartedEventAttributes();
    assertThat(started.getParentWorkflowExecution().getWorkflowId())
        .isEqualTo(OrderWorkflow.workflowId(order.orderId()));
    assertThat(this.client.newUntypedWorkflowStub(shipmentId).getResult(String.class))
        .isEqualTo(result.trackingNumber());
  }

  @Test
  void orderOverStockIsRejectedWithoutCharging() {
    Order order = order("ada", "LAMP-7", 50);

    OrderResult result = place(order);

    assertThat(result.status()).isEqualTo(OrderStage.REJECTED);
    assertThat(result.reason()).isEqualTo("out of stock: LAMP-7");
    assertThat(this.ledger.chargedCents(order.orderId())).isZero();
  }
}
