package dev.temporalboot.e2e.app;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface GreetingActivities {

  String compose(String greeting, String name);
}
