package dev.temporalboot.autoconfigure;

import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.fixtures.AbstractHelloWorkflow;
import dev.temporalboot.autoconfigure.fixtures.HelloActivitiesImpl;
import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.MissingBeanWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.OtherHelloWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.PlainService;
import dev.temporalboot.autoconfigure.fixtures.PlainWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.TwoConstructorsWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.placeholder.UnresolvableQueueWorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.testsupport.TemporalContextRunners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A workflow class or activity bean that cannot be registered fails startup, naming it. */
class TemporalComponentFailureTests {

  private static final String WORKFLOW_CLASSES = "temporal.workers[0].workflow-classes=";

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.bindingOnly()
          .withPropertyValues("temporal.workers[0].task-queue=broken");

  @Test
  void workflowClassWithoutWorkflowInterfaceFails() {
    this.contextRunner
        .withPropertyValues(WORKFLOW_CLASSES + PlainWorkflowImpl.class.getName())
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    PlainWorkflowImpl.class.getName(),
                    "temporal.workers[0]"));
  }

  @Test
  void abstractWorkflowClassFails() {
    this.contextRunner
        .withPropertyValues(WORKFLOW_CLASSES + AbstractHelloWorkflow.class.getName())
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    AbstractHelloWorkflow.class.getName(),
                    "abstract"));
  }

  @Test
  void workflowClassWithTwoConstructorsAndNoneAutowiredFails() {
    this.contextRunner
        .withPropertyValues(WORKFLOW_CLASSES + TwoConstructorsWorkflowImpl.class.getName())
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                            context,
                            InvalidTemporalComponentException.class,
                            TwoConstructorsWorkflowImpl.class.getName(),
                            "2 constructors"))
                    .extracting(InvalidTemporalComponentException::getAction)
                    .asString()
                    .contains("@Autowired"));
  }

  @Test
  void workflowConstructorNeedingAMissingBeanFails() {
    this.contextRunner
        .withPropertyValues(WORKFLOW_CLASSES + MissingBeanWorkflowImpl.class.getName())
        .run(
            (context) -> {
              InvalidTemporalComponentException exception =
                  assertStartupFailure(
                      context,
                      InvalidTemporalComponentException.class,
                      MissingBeanWorkflowImpl.class.getName(),
                      MissingBeanWorkflowImpl.MissingService.class.getName());
              // Boot's own missing-bean analysis would not name the workflow class.
              assertThat(exception).hasCauseInstanceOf(NoSuchBeanDefinitionException.class);
            });
  }

  @Test
  void activityBeanWithoutActivityInterfaceFails() {
    this.contextRunner
        .withBean("plainService", PlainService.class)
        .withPropertyValues("temporal.workers[0].activity-beans=plainService")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "plainService",
                    PlainService.class.getName()));
  }

  @Test
  void sameWorkflowTypeFromTwoClassesOnOneQueueFails() {
    this.contextRunner
        .withPropertyValues(
            WORKFLOW_CLASSES
                + HelloWorkflowImpl.class.getName()
                + ","
                + OtherHelloWorkflowImpl.class.getName())
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "'HelloWorkflow'",
                    "'broken'",
                    HelloWorkflowImpl.class.getName(),
                    OtherHelloWorkflowImpl.class.getName()));
  }

  @Test
  void sameActivityTypeFromTwoBeansOnOneQueueFails() {
    this.contextRunner
        .withBean("firstActivities", HelloActivitiesImpl.class)
        .withBean("secondActivities", HelloActivitiesImpl.class)
        .withPropertyValues("temporal.workers[0].activity-beans=firstActivities,secondActivities")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "'Compose'",
                    "'broken'",
                    "'firstActivities'",
                    "'secondActivities'"));
  }

  @Test
  void unresolvablePlaceholderInWorkflowImplTaskQueueFails() {
    TemporalContextRunners.bindingOnly()
        .withUserConfiguration(PlaceholderPackageConfiguration.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    UnresolvableQueueWorkflowImpl.class.getName(),
                    "taskQueues: '${missing}' has a placeholder that cannot be resolved."));
  }

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = UnresolvableQueueWorkflowImpl.class)
  static class PlaceholderPackageConfiguration {}
}
