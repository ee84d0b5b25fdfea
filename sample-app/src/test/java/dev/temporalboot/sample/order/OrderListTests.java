package dev.temporalboot.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.web.OrderListItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /orders finds orders through visibility queries, with memo and search attributes from the
 * list result. Each test has customers of its own, since the server holds every test's orders.
 */
class OrderListTests extends SampleHttpTests {

  private static final ParameterizedTypeReference<List<OrderListItem>> ITEMS =
      new ParameterizedTypeReference<>() {};

  private final String gold = unique("vip-list");

  private final String standard = unique("list");

  private Order goldDone;

  private Order goldWaiting;

  private Order standardDone;

  private Order standardWaiting;

  /** Two orders per tier: one completed, one waiting for a manager (over $100). */
  @BeforeEach
  void placeOrdersOfBothTiers() {
    this.goldDone = order(this.gold, "MUG-2", 1);
    this.standardDone = order(this.standard, "BOOK-1", 2);
    place(this.goldDone);
    place(this.standardDone);
    this.goldWaiting = startWaiting(order(this.gold, "BOOK-1", 6));
    this.standardWaiting = startWaiting(order(this.standard, "BOOK-1", 6));
  }

  @AfterEach
  void cancelWaitingOrders() {
    post("/orders/" + this.goldWaiting.orderId() + "/cancel", "", Map.class);
    post("/orders/" + this.standardWaiting.orderId() + "/cancel", "", Map.class);
  }

  @Test
  void listsACustomersOrdersNewestFirstWithMemoAndSearchAttributes() {
    List<OrderListItem> orders = list("customer={c}", this.gold);

    assertThat(orders)
        .extracting(OrderListItem::orderId)
        .containsExactly(this.goldWaiting.orderId(), this.goldDone.orderId());
    OrderListItem waiting = orders.get(0);
    assertThat(waiting.workflowId()).isEqualTo("order-" + this.goldWaiting.orderId());
    assertThat(waiting.status()).isEqualTo("RUNNING");
    assertThat(waiting.closeTime()).isNull();
    assertThat(waiting.summary()).isEqualTo("6 x BOOK-1");
    assertThat(waiting.customerId()).isEqualTo(this.gold);
    assertThat(waiting.customerTier()).isEqualTo("gold");
    OrderListItem done = orders.get(1);
    assertThat(done.status()).isEqualTo("COMPLETED");
    assertThat(done.summary()).isEqualTo("1 x MUG-2");
    assertThat(done.startTime()).isBefore(done.closeTime()).isBefore(Instant.now());
  }

  @Test
  void filtersByTierAndStatusTogether() {
    List<String> goldRunning = orderIds(list("tier=gold&status=running"));
    List<String> standardCompleted = orderIds(list("tier=standard&status=COMPLETED"));

    assertThat(goldRunning)
        .contains(this.goldWaiting.orderId())
        .doesNotContain(
            this.goldDone.orderId(), this.standardWaiting.orderId(), this.standardDone.orderId());
    assertThat(standardCompleted)
        .contains(this.standardDone.orderId())
        .doesNotContain(
            this.standardWaiting.orderId(), this.goldWaiting.orderId(), this.goldDone.orderId());
    assertThat(orderIds(list("customer={c}&status=running", this.standard)))
        .containsExactly(this.standardWaiting.orderId());
  }

  @Test
  void aCancelledOrderIsListedAsCanceled() {
    post("/orders/" + this.goldWaiting.orderId() + "/cancel", "", Map.class);
    awaitStage(this.goldWaiting.orderId(), OrderStage.CANCELED);

    assertThat(orderIds(list("customer={c}&status=canceled", this.gold)))
        .containsExactly(this.goldWaiting.orderId());
    assertThat(orderIds(list("customer={c}&status=running", this.gold))).isEmpty();
  }

  @Test
  void countsMatchingOrdersInAllAndByStatus() {
    assertThat(count("customer={c}", this.standard))
        .containsEntry("count", 2)
        .containsEntry("byStatus", Map.of("RUNNING", 1, "COMPLETED", 1));
    assertThat(count("customer={c}&status=completed", this.standard))
        .containsEntry("count", 1)
        .containsEntry("byStatus", Map.of("COMPLETED", 1));
  }

  @Test
  void limitKeepsTheNewestOrders() {
    assertThat(orderIds(list("customer={c}&limit=1", this.gold)))
        .containsExactly(this.goldWaiting.orderId());
  }

  @Test
  void quotesInACustomerIdStayInsideTheQueryString() {
    String quoted = unique("o'brien\\");
    Order order = order(quoted, "MUG-2", 1);
    place(order);

    assertThat(orderIds(list("customer={c}", quoted))).containsExactly(order.orderId());
    // Unescaped, this would read: ... CustomerId = 'x' OR WorkflowType != 'y', every workflow.
    assertThat(list("customer={c}", "x' OR WorkflowType != 'y")).isEmpty();
  }

  @Test
  void anUnknownTierStatusOrLimitIsABadRequestSayingWhatIsAllowed() {
    assertThat(badRequest("tier=platinum"))
        .isEqualTo("tier must be one of standard, gold, not 'platinum'");
    assertThat(badRequest("status=sleeping"))
        .isEqualTo(
            "status must be one of running, completed, failed, canceled, terminated,"
                + " continued_as_new, timed_out, not 'sleeping'");
    assertThat(badRequest("tier=gold' OR 'a'='a")).startsWith("tier must be one of");
    assertThat(badRequest("limit=0")).isEqualTo("limit must be between 1 and 1000, not 0");
    assertThat(badRequest("limit=abc"))
        .isEqualTo("limit must be a number between 1 and 1000, not 'abc'");
  }

  private Order startWaiting(Order order) {
    // POST answers 202 after its wait; the order goes on waiting for a manager.
    CompletableFuture.runAsync(() -> post("/orders", order, Map.class));
    awaitStage(order.orderId(), OrderStage.AWAITING_APPROVAL);
    return order;
  }

  private List<OrderListItem> list(String query, Object... values) {
    ResponseEntity<List<OrderListItem>> response =
        this.http.get().uri("/orders?" + query, values).retrieve().toEntity(ITEMS);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private Map<String, Object> count(String query, Object... values) {
    return this.http.get().uri("/orders/count?" + query, values).retrieve().body(JSON);
  }

  private String badRequest(String query) {
    ResponseEntity<Map<String, Object>> response =
        this.http.get().uri("/orders?" + query).retrieve().toEntity(JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return (String) response.getBody().get("detail");
  }

  private static List<String> orderIds(List<OrderListItem> orders) {
    return orders.stream().map(OrderListItem::orderId).toList();
  }
}
