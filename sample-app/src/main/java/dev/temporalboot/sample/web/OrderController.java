package dev.temporalboot.sample.web;

import dev.temporalboot.sample.customer.Customers;
import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.order.OrderStage;
import dev.temporalboot.sample.order.OrderWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.RetryOptions;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Places orders as workflows, with every start option, and shows where they are. */
@RestController
@RequestMapping("/orders")
public class OrderController {

  static final SearchAttributeKey<String> CUSTOMER_TIER =
      SearchAttributeKey.forKeyword("CustomerTier");

  private final WorkflowClient client;

  private final Customers customers;

  private final String taskQueue;

  private final Duration waitForResult;

  public OrderController(
      WorkflowClient client,
      Customers customers,
      @Value("${sample.orders-queue:orders}") String taskQueue,
      @Value("${sample.orders.wait-for-result:5s}") Duration waitForResult) {
    this.client = client;
    this.customers = customers;
    this.taskQueue = taskQueue;
    this.waitForResult = waitForResult;
  }

  /** Starts the order and answers with its result, or with 202 if it is still running. */
  @PostMapping
  public ResponseEntity<?> place(@RequestBody Order order) {
    if (order.orderId() == null || order.orderId().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "orderId is required");
    }
    OrderWorkflow workflow = this.client.newWorkflowStub(OrderWorkflow.class, options(order));
    WorkflowClient.start(workflow::process, order);
    try {
      return ResponseEntity.ok(
          WorkflowStub.fromTyped(workflow)
              .getResult(this.waitForResult.toMillis(), TimeUnit.MILLISECONDS, OrderResult.class));
    } catch (TimeoutException stillRunning) {
      // Waiting for a manager, say: the workflow goes on, the client comes back to GET it.
      return ResponseEntity.accepted().body(new Running(order.orderId(), workflow.stage()));
    }
  }

  private WorkflowOptions options(Order order) {
    return WorkflowOptions.newBuilder()
        .setTaskQueue(this.taskQueue)
        .setWorkflowId(OrderWorkflow.workflowId(order.orderId()))
        // The order id is the client's idempotency key: a second order with it is refused.
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setWorkflowExecutionTimeout(Duration.ofDays(7))
        // Reruns the whole order if the workflow itself fails (a bug), not when it rejects one.
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(10))
                .setMaximumAttempts(3)
                .build())
        .setMemo(Map.of("summary", order.quantity() + " x " + order.sku()))
        .setTypedSearchAttributes(
            SearchAttributes.newBuilder()
                .set(CUSTOMER_TIER, this.customers.tierOf(order.customerId()))
                .build())
        .build();
  }

  /** What describe and a query tell about an order, and its result once it has ended. */
  @GetMapping("/{orderId}")
  public OrderView view(@PathVariable String orderId) {
    WorkflowStub workflow = this.client.newUntypedWorkflowStub(OrderWorkflow.workflowId(orderId));
    WorkflowExecutionDescription description = workflow.describe();
    WorkflowExecutionStatus status = description.getStatus();
    return new OrderView(
        orderId,
        status.name().replace("WORKFLOW_EXECUTION_STATUS_", ""),
        workflow.query("stage", OrderStage.class),
        (String) description.getMemo("summary", String.class),
        description.getTypedSearchAttributes().get(CUSTOMER_TIER),
        status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED
            ? workflow.getResult(OrderResult.class)
            : null);
  }

  /**
   * @param orderId the order
   * @param stage where it is
   */
  public record Running(String orderId, OrderStage stage) {}
}
