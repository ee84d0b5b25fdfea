package dev.temporalboot.e2e.tracing;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface TripActivities {

  String reserve(String trip);

  String charge(String trip);

  String print(String trip);
}
