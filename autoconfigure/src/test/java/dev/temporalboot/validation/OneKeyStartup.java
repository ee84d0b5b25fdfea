package dev.temporalboot.validation;

import dev.temporalboot.autoconfigure.fixtures.HelloActivitiesImpl;
import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.diagnostics.TemporalBootException;
import dev.temporalboot.diagnostics.TemporalConnectionException;
import dev.temporalboot.testsupport.StartupFailures;
import dev.temporalboot.testsupport.TemporalContextRunners;
import dev.temporalboot.validation.AdversarialValues.Value;
import dev.temporalboot.validation.TemporalPropertyKeys.PropertyKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the auto-configuration with a minimal valid configuration plus one key, and judges the
 * outcome: started, or failed through our failure analyzer naming that key. Nothing slow happens:
 * the remote base points at a closed port without fail-fast, so the workers' start is retried in
 * the background; only the embedded server's own keys start an embedded server.
 */
final class OneKeyStartup {

  /** A worker with a workflow and an activity bean, so worker, workflow and activity keys apply. */
  private static final Map<String, String> WORKER =
      Map.of(
          "temporal.workers[0].task-queue", "pbt",
          "temporal.workers[0].workflow-classes", HelloWorkflowImpl.class.getName(),
          "temporal.workers[0].activity-beans", "helloActivities");

  /** The same worker in the namespace of alias billing, for the keys of that entry. */
  private static final Map<String, String> BILLING_WORKER =
      Map.of(
          "temporal.namespaces.billing.workers[0].task-queue",
          "pbt",
          "temporal.namespaces.billing.workers[0].workflow-classes",
          HelloWorkflowImpl.class.getName(),
          "temporal.namespaces.billing.workers[0].activity-beans",
          "helloActivities");

  /** The companions of a schedule's keys: a workflow to start, its argument, and when. */
  private static final Map<String, String> SCHEDULE =
      Map.of(
          "temporal.schedules.report.workflow", "HelloWorkflow",
          "temporal.schedules.report.arguments[0]", "world",
          "temporal.schedules.report.interval.every", "1h");

  private static final Map<String, String> REMOTE =
      Map.of("temporal.embedded.enabled", "false", "temporal.connection.target", "127.0.0.1:1");

  /** Longer than the slowest honest start-up, an embedded server's, on a busy machine. */
  private static final Duration SLOW = Duration.ofSeconds(5);

  private final ApplicationContextRunner runner =
      TemporalContextRunners.temporal().withBean("helloActivities", HelloActivitiesImpl.class);

  /**
   * Starts a context with the value for the key and returns what went wrong, or null.
   *
   * @param key the key to set
   * @param value its value
   * @return the defect, or null when the outcome is one the design allows
   */
  @Nullable Defect check(PropertyKey key, Value value) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (!key.embedded()) {
      properties.putAll(REMOTE);
      properties.putAll(WORKER);
      if (key.name().startsWith("temporal.namespaces.billing.")) {
        properties.putAll(BILLING_WORKER);
      }
      if (key.name().startsWith("temporal.schedules.report.")) {
        // An argument under test replaces the companion argument, spelled differently.
        boolean argument = key.name().startsWith("temporal.schedules.report.arguments");
        SCHEDULE.forEach(
            (name, companion) -> {
              if (!argument || !name.contains("arguments")) {
                properties.put(name, companion);
              }
            });
      }
    }
    properties.put(key.name(), value.text());
    AtomicReference<@Nullable Defect> defect = new AtomicReference<>();
    long start = System.nanoTime();
    try {
      // A property source of its own: TestPropertyValues would trim the value.
      this.runner
          .withInitializer(
              (context) ->
                  context
                      .getEnvironment()
                      .getPropertySources()
                      .addFirst(new MapPropertySource("one-key", properties)))
          .run((context) -> defect.set(judge(key, value, context)));
    } catch (Throwable ex) {
      defect.set(new Defect(key, value, "the context runner threw", ex, null));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (defect.get() == null && took.compareTo(SLOW) > 0) {
      return new Defect(
          key, value, "took " + took.toMillis() + " ms to start and stop", null, null);
    }
    return defect.get();
  }

  private static @Nullable Defect judge(
      PropertyKey key, Value value, AssertableApplicationContext context) {
    Throwable failure = context.getStartupFailure();
    if (failure == null) {
      try {
        context.close();
      } catch (Throwable ex) {
        return new Defect(key, value, "started, then failed on close", ex, null);
      }
      return value.mustFail()
          ? new Defect(key, value, "started although the value cannot work", null, null)
          : null;
    }
    TemporalBootException ours = ours(failure);
    FailureAnalysis analysis;
    try {
      analysis = StartupFailures.analyze(failure);
    } catch (AssertionError ex) {
      return new Defect(key, value, "no failure analysis: a bare stack trace", failure, null);
    }
    if (ours == null) {
      return new Defect(key, value, "failed without our exception", failure, analysis);
    }
    if (analysis.getCause() != ours) {
      return new Defect(key, value, "analyzed from another exception", failure, analysis);
    }
    if (!namesKey(analysis, ours, key.name())) {
      return new Defect(key, value, "our exception names another key", failure, analysis);
    }
    return null;
  }

  /**
   * Whether the report names the key, or the group it belongs to when the mistake spans the group
   * (autoscaling min above max): {@code temporal.workers[0].deployment}, not a sibling key. A
   * connection failure names the target, and fail-fast in its action.
   */
  private static boolean namesKey(
      FailureAnalysis analysis, TemporalBootException ours, String key) {
    String description = analysis.getDescription();
    if (description.contains(key)) {
      return true;
    }
    String group = key.substring(0, key.lastIndexOf('.'));
    if (group.indexOf('.') > 0
        && Pattern.compile(Pattern.quote(group) + "(?![\\w.\\[-])").matcher(description).find()) {
      return true;
    }
    return ours instanceof TemporalConnectionException && analysis.getAction().contains(key);
  }

  private static @Nullable TemporalBootException ours(Throwable failure) {
    for (Throwable current = failure; current != null; current = current.getCause()) {
      if (current instanceof TemporalBootException exception) {
        return exception;
      }
    }
    return null;
  }
}
