package dev.temporalboot.e2e.overrides.app;

import io.temporal.activity.Activity;

/** Registered only through temporal.workers[].activity-beans; says where it ran. */
public class TickActivitiesImpl implements TickActivities {

  @Override
  public String tick(String label) {
    return "tick "
        + label
        + " on "
        + Activity.getExecutionContext().getInfo().getActivityTaskQueue()
        + " in pid "
        + ProcessHandle.current().pid();
  }
}
