package dev.temporalboot.e2e.overrides;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.temporalboot.e2e.overrides.app.OverridesApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Starts the override tests' app in this JVM as {@code main} would, its YAML from a test resource
 * folder (given as a default property, so the sources under test are the only ones that set {@code
 * temporal.*} keys).
 */
final class OverrideRuns {

  /** The folder of the typo variant of the app's YAML. */
  static final String TYPO_LOCATION = "classpath:/overrides/typo/";

  private OverrideRuns() {}

  /** Starts the app with these command-line arguments. */
  static ConfigurableApplicationContext run(String configLocation, String... args) {
    return app(configLocation).run(args);
  }

  /**
   * Starts the app with these environment variables in place of the real ones, mapped to property
   * names by Spring Boot as real ones are (TEMPORAL_WORKERS_0_TASKQUEUE is
   * temporal.workers[0].task-queue).
   */
  static ConfigurableApplicationContext runWithEnvironmentVariables(Map<String, String> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new LinkedHashMap<>(variables)));
    return app(OverridesApplication.CONFIG_LOCATION).environment(environment).run();
  }

  /** Asserts that the app fails to start with these arguments, and returns what it threw. */
  static Throwable startupFailure(String configLocation, String... args) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    assertThatThrownBy(() -> run(configLocation, args).close())
        .as("start-up with %s", String.join(" ", args))
        .satisfies(failure::set);
    return failure.get();
  }

  private static SpringApplicationBuilder app(String configLocation) {
    return new SpringApplicationBuilder(OverridesApplication.class)
        .properties("spring.config.location=" + configLocation);
  }
}
