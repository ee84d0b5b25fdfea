package dev.temporalboot.e2e.tracing;

import dev.temporalboot.ActivityImpl;
import io.temporal.activity.Activity;
import org.springframework.stereotype.Component;

/** Charging fails its first attempt, so each trace shows two attempts under one parent. */
@Component
@ActivityImpl(taskQueues = "trips")
public class TripActivitiesImpl implements TripActivities {

  @Override
  public String reserve(String trip) {
    return "reserved " + trip;
  }

  @Override
  public String charge(String trip) {
    if (Activity.getExecutionContext().getInfo().getAttempt() == 1) {
      throw new IllegalStateException("card reader busy");
    }
    return "charged " + trip;
  }

  @Override
  public String print(String trip) {
    return "ticket " + trip;
  }
}
