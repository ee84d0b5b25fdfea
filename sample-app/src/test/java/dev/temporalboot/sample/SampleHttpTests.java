package dev.temporalboot.sample;

import static org.awaitility.Awaitility.await;

import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.order.OrderStage;
import dev.temporalboot.sample.web.OrderView;
import dev.temporalboot.test.TemporalTest;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The sample over real HTTP, with its workflows on the embedded server. Every test class extends
 * this one, so they share one application context and one server. Real time: managers approve
 * orders within the approval window here (ApprovalTimeoutTests lets time skip instead).
 */
@TemporalTest(webEnvironment = WebEnvironment.RANDOM_PORT, timeSkipping = false)
public abstract class SampleHttpTests {

  protected static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Value("${local.server.port}")
  int port;

  /** For what only the server can tell: histories, descriptions. */
  @Autowired protected WorkflowClient client;

  protected RestClient http;

  @BeforeEach
  void createHttpClient() {
    this.http =
        RestClient.builder()
            .baseUrl("http://localhost:" + this.port)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
            .build();
  }

  /** A fresh id, so tests sharing the server never meet. */
  protected static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  protected static Order order(String customerId, String sku, int quantity) {
    return new Order(unique("o"), customerId, sku, quantity, "1 Main Street, Springfield");
  }

  protected <T> ResponseEntity<T> post(String uri, Object body, Class<T> type) {
    return this.http.post().uri(uri).body(body).retrieve().toEntity(type);
  }

  /** Places an order and returns its result; fails unless the order ends within the wait. */
  protected OrderResult place(Order order) {
    ResponseEntity<OrderResult> response = post("/orders", order, OrderResult.class);
    if (response.getStatusCode().value() != 200) {
      throw new AssertionError("order not finished: " + response);
    }
    return response.getBody();
  }

  /** Places an order whose POST answers only once someone acts on it. */
  protected CompletableFuture<OrderResult> placeInBackground(Order order) {
    return CompletableFuture.supplyAsync(() -> place(order));
  }

  protected OrderView view(String orderId) {
    return this.http.get().uri("/orders/{id}", orderId).retrieve().body(OrderView.class);
  }

  protected void awaitStage(String orderId, OrderStage stage) {
    await().atMost(Duration.ofSeconds(10)).until(() -> stageOrNull(orderId) == stage);
  }

  private OrderStage stageOrNull(String orderId) {
    ResponseEntity<OrderView> response =
        this.http.get().uri("/orders/{id}", orderId).retrieve().toEntity(OrderView.class);
    return response.getStatusCode().is2xxSuccessful() ? response.getBody().stage() : null;
  }

  protected List<HistoryEvent> history(String workflowId) {
    return this.client.fetchHistory(workflowId).getEvents();
  }
}
