package dev.temporalboot.sample.inventory;

import io.temporal.activity.ActivityInterface;

/** Stock reservations. */
@ActivityInterface
public interface InventoryActivities {

  /** Reserves stock for an order; false when there is not enough. Idempotent per order. */
  boolean reserve(String orderId, String sku, int quantity);

  /** Gives back what an order reserved. Idempotent per order. */
  void release(String orderId, String sku, int quantity);
}
