package dev.temporalboot.sample.web;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.sample.customer.Customers;
import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.order.OrderStage;
import dev.temporalboot.sample.order.OrderWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowStub;
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

/**
 * Places orders as workflows, with every start option (YAML defaults plus per-order values), and
 * shows where they are.
 */
@RestController
@RequestMapping("/orders")
public class OrderController {

  static final SearchAttributeKey<String> CUSTOMER_TIER =
      SearchAttributeKey.forKeyword("CustomerTier");

  static final SearchAttributeKey<String> CUSTOMER_ID = SearchAttributeKey.forKeyword("CustomerId");

  private final TemporalWorkflows workflows;

  private final Customers customers;

  private final Duration waitForResult;

  public OrderController(
      TemporalWorkflows workflows,
      Customers customers,
      @Value("${sample.orders.wait-for-result:5s}") Duration waitForResult) {
    this.workflows = workflows;
    this.customers = customers;
    this.waitForResult = waitForResult;
  }

  /** Starts the order and answers with its result, or with 202 if it is still running. */
  @PostMapping
  public ResponseEntity<?> place(@RequestBody Order order) {
    if (order.orderId() == null || order.orderId().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "orderId is required");
    }
    // Task queue, id reuse policy, timeout and retry come from temporal.workflows.OrderWorkflow
    // in application.yml; what depends on the order is set here, and code wins over YAML.
    OrderWorkflow workflow =
        this.workflows.newStub(
            OrderWorkflow.class,
            OrderWorkflow.workflowId(order.orderId()),
            (options) ->
                options
                    .setMemo(Map.of("summary", order.quantity() + " x " + order.sku()))
                    .setTypedSearchAttributes(
                        SearchAttributes.newBuilder()
                            .set(CUSTOMER_ID, order.customerId())
                            .set(CUSTOMER_TIER, this.customers.tierOf(order.customerId()))
                            .build()));
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

  /** What describe and a query tell about an order, and its result once it has ended. */
  @GetMapping("/{orderId}")
  public OrderView view(@PathVariable String orderId) {
    WorkflowStub workflow =
        this.workflows.stub(OrderWorkflow.class, OrderWorkflow.workflowId(orderId));
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
