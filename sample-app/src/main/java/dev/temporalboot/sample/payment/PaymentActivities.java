package dev.temporalboot.sample.payment;

import io.temporal.activity.ActivityInterface;

/** Charging customers. */
@ActivityInterface
public interface PaymentActivities {

  /** Charges the order's price and returns it in cents; declined charges are not retried. */
  long charge(String orderId, String customerId, String sku, int quantity);
}
