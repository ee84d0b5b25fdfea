package dev.temporalboot.sample.payment;

import io.temporal.activity.ActivityInterface;

/** Charging customers and paying them back. Both are idempotent per order. */
@ActivityInterface
public interface PaymentActivities {

  /**
   * Charges an order and returns the amount; throws {@link PaymentDeclinedException}, which
   * application.yml marks as not worth retrying, when it is over the customer's credit limit.
   */
  long charge(String orderId, String customerId, long amountCents);

  /** Pays back what the order was charged; nothing happens when it was not charged. */
  void refund(String orderId);
}
