package dev.temporalboot.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.shipment.Courier;
import dev.temporalboot.sample.shipment.Parcel;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An update changes a running order and answers; its validator refuses what is too late. */
class AddressUpdateTests extends SampleHttpTests {

  @Autowired Courier courier;

  @AfterEach
  void courierIsBack() {
    this.courier.setDown(false);
  }

  @Test
  void addressChangedWhileWaitingForApprovalIsWhereTheParcelGoes() {
    Order order = order("ada", "BOOK-1", 6);
    CompletableFuture<OrderResult> result = placeInBackground(order);
    awaitStage(order.orderId(), OrderStage.AWAITING_APPROVAL);

    ResponseEntity<Map> changed = changeAddress(order.orderId(), "2 Side Street, Shelbyville");
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody()).containsEntry("address", "2 Side Street, Shelbyville");
    post("/orders/" + order.orderId() + "/approve", Map.of("manager", "grace"), Map.class);

    assertThat(result.join().status()).isEqualTo(OrderStage.COMPLETED);
    assertThat(this.courier.parcelOf(order.orderId()))
        .map(Parcel::address)
        .hasValue("2 Side Street, Shelbyville");
  }

  @Test
  void addressChangeIsRefusedOnceTheParcelIsWithTheCourier() {
    // While the courier is down, the booking activity retries and the order stays in SHIPPING.
    this.courier.setDown(true);
    Order order = order("ada", "MUG-2", 1);
    CompletableFuture<OrderResult> result = placeInBackground(order);
    awaitStage(order.orderId(), OrderStage.SHIPPING);

    ResponseEntity<Map> refused = changeAddress(order.orderId(), "2 Side Street, Shelbyville");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody())
        .containsEntry("detail", "the order is SHIPPING: too late to change");
    this.courier.setDown(false);
    assertThat(result.join().status()).isEqualTo(OrderStage.COMPLETED);
    assertThat(this.courier.parcelOf(order.orderId()))
        .map(Parcel::address)
        .hasValue(order.address());
  }

  @Test
  void blankAddressIsRefused() {
    Order order = order("ada", "BOOK-1", 6);
    CompletableFuture<OrderResult> result = placeInBackground(order);
    awaitStage(order.orderId(), OrderStage.AWAITING_APPROVAL);

    ResponseEntity<Map> refused = changeAddress(order.orderId(), " ");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).containsEntry("detail", "the address is empty");
    // No request may be left waiting when the app stops.
    post("/orders/" + order.orderId() + "/reject", Map.of("reason", "test over"), Map.class);
    assertThat(result.join().status()).isEqualTo(OrderStage.REJECTED);
  }

  private ResponseEntity<Map> changeAddress(String orderId, String address) {
    return this.http
        .put()
        .uri("/orders/{id}/address", orderId)
        .body(Map.of("address", address))
        .retrieve()
        .toEntity(Map.class);
  }
}
