package dev.temporalboot.e2e.stubs;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface ShipmentActivities {

  String book(String parcel);
}
