package dev.temporalboot.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.sample.inventory.Warehouse;
import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderResult;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** The sample over real HTTP, with workflows on the embedded server. */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "temporal.embedded.port=0")
class OrderFulfilmentTests {

  @Value("${local.server.port}")
  int port;

  @Autowired Warehouse warehouse;

  RestClient http;

  @BeforeEach
  void setUp() {
    this.http = RestClient.create("http://localhost:" + this.port);
  }

  @Test
  void orderIsReservedChargedAndShipped() {
    int stockBefore = this.warehouse.available("BOOK-1");

    OrderResult result = place(new Order("ada", "BOOK-1", 2));

    assertThat(result.status()).isEqualTo("COMPLETED");
    assertThat(result.chargedCents()).isEqualTo(3_998);
    assertThat(result.trackingNumber()).startsWith("TRK-");
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore - 2);
    assertThat(stage(result.orderId())).isEqualTo("COMPLETED");
  }

  @Test
  void orderOverStockIsRejectedWithoutCharging() {
    OrderResult result = place(new Order("ada", "LAMP-7", 50));

    assertThat(result.status()).isEqualTo("REJECTED");
    assertThat(result.reason()).isEqualTo("out of stock: LAMP-7");
    assertThat(result.chargedCents()).isZero();
  }

  @Test
  void declinedPaymentReleasesTheReservedStock() {
    int stockBefore = this.warehouse.available("BOOK-1");

    OrderResult result = place(new Order("bob", "BOOK-1", 20));

    assertThat(result.status()).isEqualTo("REJECTED");
    assertThat(result.reason())
        .startsWith("payment declined: 39980 cents is over the credit limit");
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore);
  }

  private OrderResult place(Order order) {
    return this.http.post().uri("/orders").body(order).retrieve().body(OrderResult.class);
  }

  private String stage(String orderId) {
    return this.http
        .get()
        .uri("/orders/{id}/stage", orderId)
        .retrieve()
        .body(new ParameterizedTypeReference<Map<String, String>>() {})
        .get("stage");
  }
}
