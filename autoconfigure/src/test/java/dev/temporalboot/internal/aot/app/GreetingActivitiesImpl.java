package dev.temporalboot.internal.aot.app;

import dev.temporalboot.ActivityImpl;

/** The activity bean. */
@ActivityImpl(taskQueues = AotApp.TASK_QUEUE)
public class GreetingActivitiesImpl implements GreetingActivities {

  @Override
  public String compose(String name) {
    return "Hello, " + name;
  }
}
