package dev.temporalboot.sample.shipping;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = "${sample.orders-queue:orders}")
public class ShippingActivitiesImpl implements ShippingActivities {

  @Override
  public String ship(String orderId, String customerId) {
    // The tracking number derives from the order, so a retried shipment books the same parcel.
    return "TRK-" + Integer.toHexString(orderId.hashCode()).toUpperCase();
  }
}
