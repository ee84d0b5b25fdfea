package dev.temporalboot.testsupport;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.TemporalEmbeddedServerAutoConfiguration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The context runners the auto-configuration tests start from. */
public final class TemporalContextRunners {

  /** A target where nothing listens: connecting to it is refused at once. */
  public static final String UNREACHABLE_TARGET = "127.0.0.1:1";

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
   * Returns {@link #temporal()} aimed at a remote server that is not there, so the embedded server
   * does not start, for tests of binding, option mapping and start-up failures. The beans are all
   * created: fail-fast is off by default, so nothing waits for the server before the workers start
   * (the connection's warm-up call fails in the background), and those only schedule a background
   * retry that closing the context cancels.
   */
  public static ApplicationContextRunner bindingOnly() {
    return temporal().withPropertyValues("temporal.connection.target=" + UNREACHABLE_TARGET);
  }

  /**
   * Returns {@link #temporal()} with one YAML worker on a task queue, registering the given
   * workflow classes.
   */
  public static ApplicationContextRunner withWorker(String taskQueue, Class<?>... workflowClasses) {
    return withWorker(temporal(), taskQueue, workflowClasses);
  }

  /**
   * Returns {@link #bindingOnly()} with one YAML worker on a task queue, registering the given
   * workflow classes.
   */
  public static ApplicationContextRunner bindingOnlyWithWorker(
      String taskQueue, Class<?>... workflowClasses) {
    return withWorker(bindingOnly(), taskQueue, workflowClasses);
  }

  private static ApplicationContextRunner withWorker(
      ApplicationContextRunner runner, String taskQueue, Class<?>... workflowClasses) {
    return runner.withPropertyValues(
        "temporal.workers[0].task-queue=" + taskQueue,
        "temporal.workers[0].workflow-classes="
            + Arrays.stream(workflowClasses).map(Class::getName).collect(Collectors.joining(",")));
  }
}
