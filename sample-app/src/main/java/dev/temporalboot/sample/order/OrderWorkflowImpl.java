package dev.temporalboot.sample.order;

import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.sample.inventory.InventoryActivities;
import dev.temporalboot.sample.payment.PaymentActivities;
import dev.temporalboot.sample.payment.PaymentDeclinedException;
import dev.temporalboot.sample.shipping.ShippingActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * The order saga: a failed payment releases the reserved stock. A new instance runs each order;
 * Temporal Boot registers it on the queue named in the annotation.
 */
@WorkflowImpl(taskQueues = "${sample.orders-queue:orders}")
public class OrderWorkflowImpl implements OrderWorkflow {

  private static final ActivityOptions ACTIVITIES =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(10))
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setMaximumAttempts(3)
                  .setDoNotRetry(PaymentDeclinedException.class.getName())
                  .build())
          .build();

  private final InventoryActivities inventory =
      Workflow.newActivityStub(InventoryActivities.class, ACTIVITIES);

  private final PaymentActivities payments =
      Workflow.newActivityStub(PaymentActivities.class, ACTIVITIES);

  private final ShippingActivities shipping =
      Workflow.newActivityStub(ShippingActivities.class, ACTIVITIES);

  private String stage = "RECEIVED";

  @Override
  public OrderResult process(Order order) {
    String orderId = Workflow.getInfo().getWorkflowId();
    this.stage = "RESERVING";
    if (!this.inventory.reserve(orderId, order.sku(), order.quantity())) {
      this.stage = "REJECTED";
      return OrderResult.rejected(orderId, "out of stock: " + order.sku());
    }
    this.stage = "CHARGING";
    long charged;
    try {
      charged = this.payments.charge(orderId, order.customerId(), order.sku(), order.quantity());
    } catch (ActivityFailure failure) {
      this.stage = "RELEASING";
      this.inventory.release(orderId, order.sku(), order.quantity());
      this.stage = "REJECTED";
      return OrderResult.rejected(orderId, "payment declined: " + reason(failure));
    }
    this.stage = "SHIPPING";
    String tracking = this.shipping.ship(orderId, order.customerId());
    this.stage = "COMPLETED";
    return OrderResult.completed(orderId, charged, tracking);
  }

  @Override
  public String stage() {
    return this.stage;
  }

  private static String reason(ActivityFailure failure) {
    return failure.getCause() instanceof ApplicationFailure application
        ? application.getOriginalMessage()
        : failure.getMessage();
  }
}
