package dev.temporalboot.e2e.overrides.app;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface TickActivities {

  String tick(String label);
}
