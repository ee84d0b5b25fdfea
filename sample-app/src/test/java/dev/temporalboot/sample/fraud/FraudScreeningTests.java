package dev.temporalboot.sample.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.inventory.Warehouse;
import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.order.OrderStage;
import dev.temporalboot.sample.order.OrderWorkflow;
import dev.temporalboot.sample.payment.PaymentLedger;
import dev.temporalboot.sample.web.OrderView;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The order workflow calls the fraud team's Nexus service through its endpoint: a synchronous score
 * for every order, and for a watch-listed customer a review workflow that an analyst decides, or
 * that the order's cancellation cancels. The fraud team lives in its own namespace, which the order
 * reaches only through the endpoint.
 */
class FraudScreeningTests extends SampleHttpTests {

  /** The fraud namespace's client: the review workflows are there. */
  @Autowired
  @Qualifier("fraud")
  WorkflowClient fraudClient;

  @Autowired Warehouse warehouse;

  @Autowired PaymentLedger ledger;

  @Test
  void everyOrderIsScoredSynchronouslyThroughTheEndpointAndAUsualOneIsNotReviewed() {
    Order order = order("ada", "MUG-2", 1);

    assertThat(place(order).status()).isEqualTo(OrderStage.COMPLETED);

    List<HistoryEvent> events = history(OrderWorkflow.workflowId(order.orderId()));
    assertThat(events)
        .filteredOn(HistoryEvent::hasNexusOperationScheduledEventAttributes)
        .singleElement()
        .satisfies(
            (event) -> {
              var scheduled = event.getNexusOperationScheduledEventAttributes();
              assertThat(scheduled.getEndpoint()).isEqualTo("fraud");
              assertThat(scheduled.getService()).isEqualTo("FraudService");
              assertThat(scheduled.getOperation()).isEqualTo("score");
              // temporal.nexus.services.FraudService.schedule-to-close-timeout: 2d
              assertThat(scheduled.getScheduleToCloseTimeout().getSeconds())
                  .isEqualTo(Duration.ofDays(2).toSeconds());
            });
    assertThat(events)
        .extracting(HistoryEvent::getEventType)
        .contains(EventType.EVENT_TYPE_NEXUS_OPERATION_COMPLETED);
    assertThatThrownBy(() -> review(order.orderId()).describe())
        .isInstanceOf(WorkflowNotFoundException.class);
  }

  @Test
  void watchListedOrderWaitsForAnAnalystWhoseApprovalLetsItShip() {
    Order order = order("mallory", "MUG-2", 1);
    CompletableFuture<ResponseEntity<Map>> response = placeInTheBackground(order);
    awaitReview(order.orderId());
    assertThat(pending(order.orderId())).isTrue();

    decide(order.orderId(), new ReviewVerdict(true, "eve", "known customer, new card"));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> view(order.orderId()).stage() == OrderStage.COMPLETED);
    assertThat(this.ledger.chargedCents(order.orderId())).isEqualTo(899);
    assertThat(review(order.orderId()).describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(response.join().getStatusCode().is2xxSuccessful()).isTrue();
  }

  @Test
  void analystRejectionRejectsTheOrderAndGivesItsStockBack() {
    int stockBefore = this.warehouse.available("BOOK-1");
    Order order = order("mallory", "BOOK-1", 2);
    CompletableFuture<ResponseEntity<Map>> response = placeInTheBackground(order);
    awaitReview(order.orderId());

    decide(order.orderId(), new ReviewVerdict(false, "eve", "card reported stolen"));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> view(order.orderId()).stage() == OrderStage.REJECTED);
    OrderResult result = view(order.orderId()).result();
    assertThat(result).isNotNull();
    assertThat(result.reason()).isEqualTo("rejected by fraud review (eve): card reported stolen");
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore);
    assertThat(this.ledger.chargedCents(order.orderId())).isZero();
    assertThat(response.join().getStatusCode().is2xxSuccessful()).isTrue();
  }

  @Test
  void cancellingAnOrderUnderReviewCancelsTheFraudTeamsReviewWorkflow() {
    int stockBefore = this.warehouse.available("BOOK-1");
    Order order = order("mallory", "BOOK-1", 1);
    CompletableFuture<ResponseEntity<Map>> response = placeInTheBackground(order);
    awaitReview(order.orderId());

    post("/orders/" + order.orderId() + "/cancel", Map.of(), Map.class);

    assertThat(response.join().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    // cancellation-type wait-completed: the order ended only once the review had.
    assertThat(review(order.orderId()).describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    OrderView view = view(order.orderId());
    assertThat(view.stage()).isEqualTo(OrderStage.CANCELED);
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore);
  }

  @Test
  void theReviewRunsInTheFraudNamespaceOnlyWhichTheOrderReachesThroughTheEndpoint() {
    Order order = order("mallory", "MUG-2", 1);
    CompletableFuture<ResponseEntity<Map>> response = placeInTheBackground(order);
    awaitReview(order.orderId());
    String reviewId = FraudReviewWorkflow.workflowId(order.orderId());
    String orderId = OrderWorkflow.workflowId(order.orderId());

    assertThat(this.client.getOptions().getNamespace()).isEqualTo("default");
    assertThat(this.fraudClient.getOptions().getNamespace()).isEqualTo("fraud");
    WorkflowExecutionDescription review =
        this.fraudClient.newUntypedWorkflowStub(reviewId).describe();
    assertThat(review.getWorkflowType()).isEqualTo("FraudReviewWorkflow");
    assertThat(review.getTaskQueue()).isEqualTo("fraud");
    assertThatThrownBy(() -> this.client.newUntypedWorkflowStub(reviewId).describe())
        .isInstanceOf(WorkflowNotFoundException.class);
    assertThatThrownBy(() -> this.fraudClient.newUntypedWorkflowStub(orderId).describe())
        .isInstanceOf(WorkflowNotFoundException.class);

    decide(order.orderId(), new ReviewVerdict(true, "eve", "known customer, new card"));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> view(order.orderId()).stage() == OrderStage.COMPLETED);
    assertThat(history(orderId))
        .filteredOn(HistoryEvent::hasNexusOperationScheduledEventAttributes)
        .extracting((event) -> event.getNexusOperationScheduledEventAttributes().getOperation())
        .containsExactly("score", "review");
    assertThat(response.join().getStatusCode().is2xxSuccessful()).isTrue();
  }

  private CompletableFuture<ResponseEntity<Map>> placeInTheBackground(Order order) {
    return CompletableFuture.supplyAsync(() -> post("/orders", order, Map.class));
  }

  private WorkflowStub review(String orderId) {
    return this.fraudClient.newUntypedWorkflowStub(FraudReviewWorkflow.workflowId(orderId));
  }

  private boolean pending(String orderId) {
    Map<String, Object> review =
        this.http.get().uri("/fraud/reviews/{id}", orderId).retrieve().body(JSON);
    return Boolean.TRUE.equals(review.get("pending"));
  }

  /**
   * Waits until the order is under review and the review workflow runs: the order enters its review
   * stage just before the Nexus operation starts the review in the fraud namespace.
   */
  private void awaitReview(String orderId) {
    awaitStage(orderId, OrderStage.FRAUD_REVIEW);
    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(
            () ->
                review(orderId).describe().getStatus()
                    == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
  }

  private void decide(String orderId, ReviewVerdict verdict) {
    ResponseEntity<Map> sent = post("/fraud/reviews/" + orderId, verdict, Map.class);
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
  }
}
