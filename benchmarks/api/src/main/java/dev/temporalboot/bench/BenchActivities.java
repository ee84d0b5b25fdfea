package dev.temporalboot.bench;

import io.temporal.activity.ActivityInterface;

/** The two activities each benchmark workflow calls. */
@ActivityInterface
public interface BenchActivities {

  /**
   * First step.
   *
   * @param input the workflow's input
   * @return the input, marked
   */
  String first(String input);

  /**
   * Second step.
   *
   * @param input the first step's result
   * @return the input, marked again
   */
  String second(String input);
}
