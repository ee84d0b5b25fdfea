package dev.temporalboot.e2e.sleepy;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface ReminderActivities {

  String send(String text);
}
