package dev.temporalboot.e2e.overrides;

import dev.temporalboot.e2e.overrides.app.OverridesApplication;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Command-line arguments over {@code application.yml}, as {@code java -jar app.jar --...}. */
class OverrideByCommandLineTests {

  private static final OverrideChecks COMMAND_LINE =
      new OverrideChecks("acc-args", Duration.ofHours(5), Duration.ofSeconds(5));

  @Test
  void commandLineWorkerListAndOptionsWinOverTheYaml() throws TimeoutException {
    try (ConfigurableApplicationContext context =
        OverrideRuns.run(
            OverridesApplication.CONFIG_LOCATION,
            "--temporal.workers[0].task-queue=acc-args",
            "--temporal.workers[0].workflow-classes[0]=dev.temporalboot.e2e.overrides.app.CounterImpl",
            "--temporal.workers[0].activity-beans[0]=tickActivities",
            "--temporal.workflows.CounterWorkflow.task-queue=acc-args",
            "--temporal.workflows.CounterWorkflow.execution-timeout=5h",
            "--temporal.activities.TickActivities.start-to-close-timeout=5s")) {
      COMMAND_LINE.assertOnlyTheOverridingWorkerPolls(context);
      COMMAND_LINE.assertWorkflowRunsWithTheOverridingOptions(context, "args-1");
    }
  }
}
