package dev.temporalboot.sample.inventory;

import io.temporal.activity.ActivityInterface;

/** Stock reservations. Both operations are idempotent per order, so retries are safe. */
@ActivityInterface
public interface InventoryActivities {

  /** Reserves stock for an order; false when there is not enough. */
  boolean reserve(String orderId, String sku, int quantity);

  /** Gives back what the order reserved; nothing happens when it reserved nothing. */
  void release(String orderId);
}
