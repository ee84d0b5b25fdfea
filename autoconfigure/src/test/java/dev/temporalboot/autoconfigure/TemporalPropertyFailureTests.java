package dev.temporalboot.autoconfigure;

import static dev.temporalboot.testsupport.StartupFailures.assertAnalysisNames;
import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static dev.temporalboot.testsupport.StartupFailures.cause;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.testsupport.TemporalContextRunners;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A {@code temporal.*} value that cannot work fails startup, naming the property. */
class TemporalPropertyFailureTests {

  private final ApplicationContextRunner contextRunner = TemporalContextRunners.bindingOnly();

  private final ApplicationContextRunner workerRunner =
      this.contextRunner.withPropertyValues(
          "temporal.workers[0].task-queue=orders",
          "temporal.workers[0].workflow-classes=" + HelloWorkflowImpl.class.getName());

  @Test
  void unknownActivityBeanNameFails() {
    this.workerRunner
        .withPropertyValues("temporal.workers[0].activity-beans=noSuchBean")
        .run(
            (context) ->
                assertPropertyFailure(
                    context, "temporal.workers[0].activity-beans[0]", "'noSuchBean'"));
  }

  @Test
  void unknownWorkflowClassFails() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workers[0].task-queue=orders",
            "temporal.workers[0].workflow-classes=com.acme.NoSuchWorkflowImpl")
        .run(
            (context) ->
                assertPropertyFailure(
                    context,
                    "temporal.workers[0].workflow-classes[0]",
                    "'com.acme.NoSuchWorkflowImpl' is not a class on the classpath"));
  }

  @Test
  void blankTaskQueueFails() {
    this.contextRunner
        .withPropertyValues("temporal.workers[0].task-queue= ", "temporal.workers[0].name=orders")
        .run((context) -> assertPropertyFailure(context, "temporal.workers[0].task-queue"));
  }

  @Test
  void missingTaskQueueFails() {
    this.contextRunner
        .withPropertyValues("temporal.workers[0].name=orders")
        .run((context) -> assertPropertyFailure(context, "temporal.workers[0].task-queue"));
  }

  @Test
  void duplicateTaskQueueEntriesFail() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workers[0].task-queue=orders", "temporal.workers[1].task-queue=orders")
        .run(
            (context) ->
                assertPropertyFailure(context, "temporal.workers[1].task-queue", "'orders'"));
  }

  @Test
  void duplicateWorkerNamesFail() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workers[0].task-queue=orders",
            "temporal.workers[0].name=main",
            "temporal.workers[1].task-queue=payments",
            "temporal.workers[1].name=main")
        .run((context) -> assertPropertyFailure(context, "temporal.workers[1].name", "'main'"));
  }

  @Test
  void zeroConcurrencyLimitFails() {
    this.workerRunner
        .withPropertyValues("temporal.workers[0].max-concurrent-activities=0")
        .run(
            (context) ->
                assertPropertyFailure(context, "temporal.workers[0].max-concurrent-activities"));
  }

  @Test
  void negativeActivitiesPerSecondFails() {
    this.workerRunner
        .withPropertyValues("temporal.workers[0].activities-per-second=-1")
        .run(
            (context) ->
                assertPropertyFailure(context, "temporal.workers[0].activities-per-second"));
  }

  @Test
  void fixedAndAutoscaledWorkflowPollersTogetherFail() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].workflow-pollers=2",
            "temporal.workers[0].workflow-pollers-autoscaling.max=10")
        .run(
            (context) ->
                assertPropertyFailure(
                    context,
                    "temporal.workers[0].workflow-pollers",
                    "workflow-pollers-autoscaling"));
  }

  @Test
  void autoscalingMinAboveMaxFails() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].activity-pollers-autoscaling.min=10",
            "temporal.workers[0].activity-pollers-autoscaling.max=2",
            "temporal.workers[0].activity-pollers-autoscaling.initial=5")
        .run(
            (context) ->
                assertPropertyFailure(context, "temporal.workers[0].activity-pollers-autoscaling"));
  }

  @Test
  void deploymentWithoutBuildIdFails() {
    this.workerRunner
        .withPropertyValues("temporal.workers[0].deployment.name=orders-service")
        .run(
            (context) -> assertPropertyFailure(context, "temporal.workers[0].deployment.build-id"));
  }

  @Test
  void versioningBehaviorWithoutVersioningFails() {
    this.workerRunner
        .withPropertyValues(
            "temporal.workers[0].deployment.name=orders-service",
            "temporal.workers[0].deployment.build-id=1",
            "temporal.workers[0].deployment.default-versioning-behavior=pinned")
        .run(
            (context) ->
                assertPropertyFailure(
                    context,
                    "temporal.workers[0].deployment.default-versioning-behavior",
                    "use-versioning"));
  }

  @Test
  void unknownSearchAttributeTypeFails() {
    TemporalContextRunners.temporal()
        .withPropertyValues("temporal.embedded.search-attributes.CustomerTier=banana")
        .run(
            (context) ->
                assertPropertyFailure(
                    context, "temporal.embedded.search-attributes.CustomerTier", "'banana'"));
  }

  @Test
  void malformedDurationFailsNamingTheProperty() {
    this.contextRunner
        .withPropertyValues("temporal.shutdown.grace-period=abc")
        .run((context) -> assertBindFailure(context, "temporal.shutdown.grace-period"));
  }

  @Test
  void unknownEnumValueFailsNamingTheProperty() {
    TemporalContextRunners.temporal()
        .withPropertyValues("temporal.embedded.enabled=maybe")
        .run((context) -> assertBindFailure(context, "temporal.embedded.enabled"));
  }

  private static void assertPropertyFailure(
      AssertableApplicationContext context, String property, String... more) {
    InvalidTemporalPropertyException exception =
        assertStartupFailure(context, InvalidTemporalPropertyException.class, property);
    assertThat(exception.getProperty()).isEqualTo(property);
    for (String expected : more) {
      assertThat(exception.getDescription()).contains(expected);
    }
  }

  private static void assertBindFailure(AssertableApplicationContext context, String property) {
    assertThat(context).hasFailed();
    assertThat(cause(context.getStartupFailure(), BindException.class).getName())
        .hasToString(property);
    assertAnalysisNames(context.getStartupFailure(), property);
  }
}
