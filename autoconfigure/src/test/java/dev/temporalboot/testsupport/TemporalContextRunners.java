package dev.temporalboot.testsupport;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.TemporalEmbeddedServerAutoConfiguration;
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
}
