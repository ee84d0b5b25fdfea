package dev.temporalboot.e2e.actuator;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface EchoActivities {

  String shout(String text);
}
