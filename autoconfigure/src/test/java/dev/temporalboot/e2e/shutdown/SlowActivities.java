package dev.temporalboot.e2e.shutdown;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface SlowActivities {

  String work(long millis);
}
