package dev.temporalboot.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.inventory.Warehouse;
import dev.temporalboot.sample.payment.PaymentLedger;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Large orders wait, durably, for a manager's signal. */
class ApprovalTests extends SampleHttpTests {

  @Autowired Warehouse warehouse;

  @Autowired PaymentLedger ledger;

  @Test
  void largeOrderWaitsForAManagerThenShips() {
    Order order = order("ada", "BOOK-1", 6);
    CompletableFuture<OrderResult> result = placeInBackground(order);
    awaitStage(order.orderId(), OrderStage.AWAITING_APPROVAL);
    assertThat(result).isNotDone();

    signal(order.orderId(), "approve", Map.of("manager", "grace"));

    assertThat(result.join().status()).isEqualTo(OrderStage.COMPLETED);
    assertThat(this.ledger.chargedCents(order.orderId())).isEqualTo(11_994);
  }

  @Test
  void orderRejectedByAManagerGivesItsStockBack() {
    int stockBefore = this.warehouse.available("BOOK-1");
    Order order = order("ada", "BOOK-1", 6);
    CompletableFuture<OrderResult> result = placeInBackground(order);
    awaitStage(order.orderId(), OrderStage.AWAITING_APPROVAL);
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore - 6);

    signal(order.orderId(), "reject", Map.of("reason", "suspicious"));

    assertThat(result.join().reason()).isEqualTo("rejected by a manager: suspicious");
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore);
    assertThat(this.ledger.chargedCents(order.orderId())).isZero();
  }

  @Test
  void declinedPaymentGivesTheReservedStockBack() {
    int stockBefore = this.warehouse.available("BOOK-1");
    Order order = order("bob", "BOOK-1", 11);
    CompletableFuture<OrderResult> result = placeInBackground(order);
    awaitStage(order.orderId(), OrderStage.AWAITING_APPROVAL);

    signal(order.orderId(), "approve", Map.of("manager", "grace"));

    assertThat(result.join().status()).isEqualTo(OrderStage.REJECTED);
    assertThat(result.join().reason())
        .isEqualTo("payment declined: 21989 cents is over the credit limit of bob");
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore);
  }

  @Test
  void signallingAnOrderThatHasEndedIsNotFound() {
    Order order = order("ada", "MUG-2", 1);
    place(order);

    assertThat(signal(order.orderId(), "approve", Map.of("manager", "grace")))
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private HttpStatus signal(String orderId, String signal, Map<String, String> body) {
    return HttpStatus.valueOf(
        post("/orders/" + orderId + "/" + signal, body, Map.class).getStatusCode().value());
  }
}
