package dev.temporalboot.e2e.overrides;

import dev.temporalboot.e2e.overrides.app.CounterImpl;
import dev.temporalboot.e2e.overrides.app.OverridesApplication;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code @DynamicPropertySource} over {@code application.yml}: the registered values win. */
@SpringBootTest(
    classes = OverridesApplication.class,
    webEnvironment = WebEnvironment.NONE,
    properties = "spring.config.location=" + OverridesApplication.CONFIG_LOCATION)
class OverrideByDynamicPropertySourceTests {

  private static final OverrideChecks DYNAMIC =
      new OverrideChecks("acc-dynamic", Duration.ofHours(4), Duration.ofSeconds(4));

  @Autowired ApplicationContext context;

  @DynamicPropertySource
  static void overrides(DynamicPropertyRegistry registry) {
    registry.add("temporal.workers[0].task-queue", DYNAMIC::taskQueue);
    registry.add("temporal.workers[0].workflow-classes[0]", CounterImpl.class::getName);
    registry.add("temporal.workers[0].activity-beans[0]", () -> "tickActivities");
    registry.add("temporal.workflows.CounterWorkflow.task-queue", DYNAMIC::taskQueue);
    registry.add("temporal.workflows.CounterWorkflow.execution-timeout", () -> "4h");
    registry.add("temporal.activities.TickActivities.start-to-close-timeout", () -> "4s");
  }

  @Test
  void dynamicWorkerListReplacesTheYamlList() {
    DYNAMIC.assertOnlyTheOverridingWorkerPolls(this.context);
  }

  @Test
  void dynamicWorkflowAndActivityOptionsWinOverTheYaml() throws TimeoutException {
    DYNAMIC.assertWorkflowRunsWithTheOverridingOptions(this.context, "dynamic-1");
  }
}
