package dev.temporalboot.sample.shipping;

import io.temporal.activity.ActivityInterface;

/** Handing parcels to the carrier. */
@ActivityInterface
public interface ShippingActivities {

  /** Books a shipment and returns its tracking number. */
  String ship(String orderId, String customerId);
}
