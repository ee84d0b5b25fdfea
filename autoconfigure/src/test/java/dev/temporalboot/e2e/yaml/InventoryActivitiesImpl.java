package dev.temporalboot.e2e.yaml;

/** Registered only through temporal.workers[].activity-beans. */
public class InventoryActivitiesImpl implements InventoryActivities {

  @Override
  public int reserve(String sku, int quantity) {
    return sku.length() * quantity;
  }
}
