package dev.temporalboot.sample.web;

import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.order.OrderWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Places orders as workflows and reads their progress, with the auto-configured client. */
@RestController
@RequestMapping("/orders")
public class OrderController {

  private final WorkflowClient client;

  private final String taskQueue;

  public OrderController(
      WorkflowClient client, @Value("${sample.orders-queue:orders}") String taskQueue) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /** Starts the order's workflow and answers with its result once it ends. */
  @PostMapping
  public OrderResult place(@RequestBody Order order) {
    OrderWorkflow workflow =
        this.client.newWorkflowStub(
            OrderWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(this.taskQueue)
                .setWorkflowId("order-" + UUID.randomUUID())
                .build());
    return workflow.process(order);
  }

  /** Asks a running or finished order which stage it is at. */
  @GetMapping("/{orderId}/stage")
  public ResponseEntity<Map<String, String>> stage(@PathVariable String orderId) {
    try {
      String stage = this.client.newWorkflowStub(OrderWorkflow.class, orderId).stage();
      return ResponseEntity.ok(Map.of("orderId", orderId, "stage", stage));
    } catch (WorkflowNotFoundException ex) {
      return ResponseEntity.notFound().build();
    }
  }
}
