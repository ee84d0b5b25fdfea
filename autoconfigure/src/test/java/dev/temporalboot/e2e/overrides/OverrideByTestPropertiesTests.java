package dev.temporalboot.e2e.overrides;

import dev.temporalboot.e2e.overrides.app.OverridesApplication;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;

/** {@code @SpringBootTest(properties = ...)} over {@code application.yml}: the test's win. */
@SpringBootTest(
    classes = OverridesApplication.class,
    webEnvironment = WebEnvironment.NONE,
    properties = {
      "spring.config.location=" + OverridesApplication.CONFIG_LOCATION,
      "temporal.workers[0].task-queue=acc-props",
      "temporal.workers[0].workflow-classes=dev.temporalboot.e2e.overrides.app.CounterImpl",
      "temporal.workers[0].activity-beans=tickActivities",
      "temporal.workflows.CounterWorkflow.task-queue=acc-props",
      "temporal.workflows.CounterWorkflow.execution-timeout=3h",
      "temporal.activities.TickActivities.start-to-close-timeout=3s"
    })
class OverrideByTestPropertiesTests {

  private static final OverrideChecks TEST_PROPERTIES =
      new OverrideChecks("acc-props", Duration.ofHours(3), Duration.ofSeconds(3));

  @Autowired ApplicationContext context;

  @Test
  void testPropertiesWorkerListReplacesTheYamlList() {
    TEST_PROPERTIES.assertOnlyTheOverridingWorkerPolls(this.context);
  }

  @Test
  void testPropertiesWorkflowAndActivityOptionsWinOverTheYaml() throws TimeoutException {
    TEST_PROPERTIES.assertWorkflowRunsWithTheOverridingOptions(this.context, "props-1");
  }
}
