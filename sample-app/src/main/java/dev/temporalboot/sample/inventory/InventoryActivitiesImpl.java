package dev.temporalboot.sample.inventory;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

/** A Spring bean using another bean; Temporal Boot registers it on the orders queue. */
@Component
@ActivityImpl(taskQueues = "${sample.orders-queue:orders}")
public class InventoryActivitiesImpl implements InventoryActivities {

  private final Warehouse warehouse;

  public InventoryActivitiesImpl(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  public boolean reserve(String orderId, String sku, int quantity) {
    return this.warehouse.reserve(orderId, sku, quantity);
  }

  @Override
  public void release(String orderId) {
    this.warehouse.release(orderId);
  }
}
