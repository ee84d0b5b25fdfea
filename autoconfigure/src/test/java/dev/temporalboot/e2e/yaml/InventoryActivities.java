package dev.temporalboot.e2e.yaml;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface InventoryActivities {

  int reserve(String sku, int quantity);
}
