package dev.temporalboot.sample.shipment;

import io.temporal.activity.ActivityInterface;

/** Handing parcels to the courier. */
@ActivityInterface
public interface CourierActivities {

  /** Books a pickup and returns the tracking number; the same parcel always gets the same one. */
  String book(Parcel parcel);
}
