package dev.temporalboot.testsupport;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.TemporalEmbeddedServerAutoConfiguration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The context runner the auto-configuration tests start from. */
public final class TemporalContextRunners {

  private TemporalContextRunners() {}

  /**
   * Returns a runner with Temporal Boot's auto-configurations, and the embedded server (when it
   * runs) on a free port, so tests never compete for 7233.
   */
  public static ApplicationContextRunner temporal() {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                TemporalEmbeddedServerAutoConfiguration.class, TemporalAutoConfiguration.class))
        .withPropertyValues("temporal.embedded.port=0");
  }

  /**
   * Returns {@link #temporal()} with one YAML worker on a task queue, registering the given
   * workflow classes.
   */
  public static ApplicationContextRunner withWorker(String taskQueue, Class<?>... workflowClasses) {
    return temporal()
        .withPropertyValues(
            "temporal.workers[0].task-queue=" + taskQueue,
            "temporal.workers[0].workflow-classes="
                + Arrays.stream(workflowClasses)
                    .map(Class::getName)
                    .collect(Collectors.joining(",")));
  }
}
