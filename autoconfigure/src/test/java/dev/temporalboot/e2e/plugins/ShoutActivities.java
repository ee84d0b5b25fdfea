package dev.temporalboot.e2e.plugins;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface ShoutActivities {

  String shout(String text);
}
