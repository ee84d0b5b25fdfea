package dev.temporalboot.sample.web;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.sample.order.OrderWorkflow;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Talks to running orders: signals, an update, and cancellation. */
@RestController
@RequestMapping("/orders/{orderId}")
public class OrderActionsController {

  private final TemporalWorkflows workflows;

  public OrderActionsController(TemporalWorkflows workflows) {
    this.workflows = workflows;
  }

  /** A signal: delivered to the workflow, which acts on it when it gets to it. */
  @PostMapping("/approve")
  public ResponseEntity<Sent> approve(
      @PathVariable String orderId, @RequestBody Approval approval) {
    order(orderId).approve(approval.manager());
    return sent(orderId, "approve");
  }

  @PostMapping("/reject")
  public ResponseEntity<Sent> reject(
      @PathVariable String orderId, @RequestBody Rejection rejection) {
    order(orderId).reject(rejection.reason());
    return sent(orderId, "reject");
  }

  /** An update: validated by the workflow, then answered with its result. */
  @PutMapping("/address")
  public AddressChange changeAddress(
      @PathVariable String orderId, @RequestBody AddressChange change) {
    return new AddressChange(order(orderId).changeAddress(change.address()));
  }

  /** Asks the workflow to cancel; it undoes what it did, then ends as a cancelled workflow. */
  @PostMapping("/cancel")
  public ResponseEntity<Sent> cancel(@PathVariable String orderId) {
    this.workflows.stub(OrderWorkflow.class, OrderWorkflow.workflowId(orderId)).cancel();
    return sent(orderId, "cancel");
  }

  private OrderWorkflow order(String orderId) {
    return this.workflows.existing(OrderWorkflow.class, OrderWorkflow.workflowId(orderId));
  }

  private static ResponseEntity<Sent> sent(String orderId, String request) {
    return ResponseEntity.accepted().body(new Sent(orderId, request));
  }

  /**
   * @param manager who approves
   */
  public record Approval(String manager) {}

  /**
   * @param reason why the order is refused
   */
  public record Rejection(String reason) {}

  /**
   * @param address where the parcel goes
   */
  public record AddressChange(String address) {}

  /**
   * @param orderId the order
   * @param sent what was sent to it
   */
  public record Sent(String orderId, String sent) {}
}
