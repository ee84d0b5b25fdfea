package dev.temporalboot.e2e.overrides;

import dev.temporalboot.e2e.overrides.app.OverridesApplication;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** {@code application-eu.yml} over {@code application.yml}: what profile 'eu' sets is used. */
@SpringBootTest(
    classes = OverridesApplication.class,
    webEnvironment = WebEnvironment.NONE,
    properties = "spring.config.location=" + OverridesApplication.CONFIG_LOCATION)
@ActiveProfiles("eu")
class OverrideByProfileTests {

  private static final OverrideChecks PROFILE =
      new OverrideChecks("acc-profile", Duration.ofHours(2), Duration.ofSeconds(2));

  @Autowired ApplicationContext context;

  @Test
  void profileWorkerListReplacesTheYamlList() {
    PROFILE.assertOnlyTheOverridingWorkerPolls(this.context);
  }

  @Test
  void profileWorkflowAndActivityOptionsWinOverTheYaml() throws TimeoutException {
    PROFILE.assertWorkflowRunsWithTheOverridingOptions(this.context, "profile-1");
  }
}
