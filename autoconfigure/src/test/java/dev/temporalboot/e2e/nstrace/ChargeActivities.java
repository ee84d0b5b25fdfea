package dev.temporalboot.e2e.nstrace;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface ChargeActivities {

  String charge(String order);
}
