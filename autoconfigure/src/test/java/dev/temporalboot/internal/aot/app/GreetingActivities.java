package dev.temporalboot.internal.aot.app;

import io.temporal.activity.ActivityInterface;

/** Composes greetings. */
@ActivityInterface
public interface GreetingActivities {

  /** Returns the greeting of a name. */
  String compose(String name);
}
