package dev.temporalboot.bench;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * The workflow code every variant runs; Spring variants subclass it only to add their annotation.
 * The stub's options are set in code so that no variant depends on configuration for them.
 */
public class BenchWorkflowImpl implements BenchWorkflow {

  private final BenchActivities activities =
      Workflow.newActivityStub(
          BenchActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(2)).build());

  @Override
  public String run(String input) {
    String first = this.activities.first(input);
    // The input is in the history, so replay takes the same branch.
    return input.startsWith(BenchSettings.ONE_ACTIVITY_PREFIX)
        ? first
        : this.activities.second(first);
  }
}
