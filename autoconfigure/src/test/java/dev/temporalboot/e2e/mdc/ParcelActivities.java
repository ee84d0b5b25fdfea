package dev.temporalboot.e2e.mdc;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface ParcelActivities {

  String hand(String parcel);
}
