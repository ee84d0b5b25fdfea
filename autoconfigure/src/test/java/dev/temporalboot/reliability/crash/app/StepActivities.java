package dev.temporalboot.reliability.crash.app;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface StepActivities {

  String step(String value, int step);

  /** The pure function every step computes, shared with the tests' expected results. */
  static String apply(String value, int step) {
    return value + ">" + step;
  }
}
