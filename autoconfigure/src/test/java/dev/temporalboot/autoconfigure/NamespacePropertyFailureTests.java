package dev.temporalboot.autoconfigure;

import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.StrayActivitiesImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.StrayEchoServiceImpl;
import dev.temporalboot.autoconfigure.fixtures.stray.StrayWorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.diagnostics.UnknownTemporalPropertyException;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.WorkflowClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** A {@code temporal.namespaces} entry that cannot work fails start-up, naming its key. */
class NamespacePropertyFailureTests {

  private static final String HELLO = HelloWorkflowImpl.class.getName();

  private final ApplicationContextRunner contextRunner = TemporalContextRunners.bindingOnly();

  @ParameterizedTest
  @ValueSource(strings = {"a/b", " ", "a.b", "-billing", "billing team"})
  void aliasThatCannotBeAQualifierFails(String alias) {
    this.contextRunner
        .withPropertyValues("temporal.namespaces[" + alias + "].namespace=billing")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.namespaces[" + alias + "]",
                    "not usable as a bean qualifier"));
  }

  @Test
  void aliasWithACharacterSpringBootWouldDropFails() {
    this.contextRunner
        .withPropertyValues("temporal.namespaces.a/b.namespace=billing")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.namespaces.a/b",
                    "alias 'a/b'"));
  }

  @Test
  void emptyAliasFails() {
    this.contextRunner
        .withPropertyValues("temporal.namespaces[].namespace=billing")
        .run((context) -> assertThat(context).hasFailed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"connection", "workers", "nexus", "Workers"})
  void reservedAliasFails(String alias) {
    this.contextRunner
        .withPropertyValues("temporal.namespaces." + alias + ".namespace=billing")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.namespaces." + alias + "'",
                    "is reserved"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"billingTeam", "billing_team", "BILLING_TEAM"})
  void sameAliasInTwoSpellingsFails(String other) {
    this.contextRunner
        .withPropertyValues(
            "temporal.namespaces.billing-team.namespace=billing",
            "temporal.namespaces." + other + ".namespace=billing")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.namespaces.billing-team",
                    "temporal.namespaces." + other,
                    "the same alias"));
  }

  @Test
  void environmentVariableOverridesAnAliasWithoutMakingASecond() {
    this.contextRunner
        .withPropertyValues("temporal.namespaces.billing-team.namespace=billing")
        .withInitializer(
            (context) ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new SystemEnvironmentPropertySource(
                            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            Map.of("TEMPORAL_NAMESPACES_BILLINGTEAM_NAMESPACE", "billing-prod"))))
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(TemporalProperties.class).getNamespaces())
                  .containsOnlyKeys("billing-team");
              assertThat(
                      BeanFactoryAnnotationUtils.qualifiedBeanOfType(
                              context.getBeanFactory(), WorkflowClient.class, "billing-team")
                          .getOptions()
                          .getNamespace())
                  .isEqualTo("billing-prod");
            });
  }

  @Test
  void queueOfThePrimaryNamespaceDeclaredUnderAnAliasOfTheSameNamespaceFails() {
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.namespace=orders",
            "temporal.workers[0].task-queue=orders",
            "temporal.workers[0].workflow-classes=" + HELLO,
            "temporal.namespaces.billing.namespace=orders",
            "temporal.namespaces.billing.workers[0].task-queue=orders",
            "temporal.namespaces.billing.workers[0].workflow-classes=" + HELLO)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.namespaces.billing.workers[0].task-queue",
                    "temporal.workers[0].task-queue",
                    "two workers would poll the same queue of namespace orders"));
  }

  @Test
  void queueOfTwoAliasesOfOneNamespaceFailsAfterPlaceholders() {
    this.contextRunner
        .withPropertyValues(
            "queues.billing=invoices",
            "temporal.namespaces.billing.workers[0].task-queue=${queues.billing}",
            "temporal.namespaces.billing.workers[0].workflow-classes=" + HELLO,
            "temporal.namespaces.invoicing.namespace=billing",
            "temporal.namespaces.invoicing.connection.api-key=s3cret",
            "temporal.namespaces.invoicing.workers[0].task-queue=other",
            "temporal.namespaces.invoicing.workers[1].task-queue=invoices",
            "temporal.namespaces.invoicing.workers[1].workflow-classes=" + HELLO)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.namespaces.invoicing.workers[1].task-queue",
                    "temporal.namespaces.billing.workers[0].task-queue",
                    "namespace billing"));
  }

  @Test
  void sameQueueInAnotherNamespaceOrOnAnotherServerStarts() {
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.namespace=orders",
            "temporal.workers[0].task-queue=orders",
            "temporal.workers[0].workflow-classes=" + HELLO,
            "temporal.namespaces.billing.workers[0].task-queue=orders",
            "temporal.namespaces.billing.workers[0].workflow-classes=" + HELLO,
            "temporal.namespaces.migrated.namespace=orders",
            "temporal.namespaces.migrated.connection.target=127.0.0.1:2",
            "temporal.namespaces.migrated.workers[0].task-queue=orders",
            "temporal.namespaces.migrated.workers[0].workflow-classes=" + HELLO)
        .run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void namespaceUnderAnAliasConnectionPointsToTheAliasNamespaceKey() {
    this.contextRunner
        .withPropertyValues("temporal.namespaces.billing.connection.namespace=billing-prod")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    UnknownTemporalPropertyException.class,
                    "temporal.namespaces.billing.connection.namespace",
                    "Set the Temporal namespace in 'temporal.namespaces.billing.namespace'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "billing prod"})
  void aliasNamespaceWithSpacesFails(String namespace) {
    this.contextRunner
        .withPropertyValues("temporal.namespaces.billing.namespace=" + namespace)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.namespaces.billing.namespace"));
  }

  @Test
  void workflowImplOfAnUnknownAliasFails() {
    this.contextRunner
        .withPropertyValues("temporal.namespaces.billing.namespace=billing-prod")
        .withUserConfiguration(StrayPackage.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "@WorkflowImpl on " + StrayWorkflowImpl.class.getName(),
                    "'nowhere'",
                    "[billing]"));
  }

  @Test
  void activityImplOfAnUnknownAliasFails() {
    this.contextRunner
        .withPropertyValues("temporal.namespaces.billing.namespace=billing-prod")
        .withBean("strayActivities", StrayActivitiesImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "@ActivityImpl on bean 'strayActivities'",
                    "'nowhere'",
                    "[billing]"));
  }

  @Test
  void nexusServiceImplOfAnUnknownAliasFails() {
    this.contextRunner
        .withBean("strayEcho", StrayEchoServiceImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "@NexusServiceImpl on bean 'strayEcho'",
                    "'nowhere'",
                    "none is configured"));
  }

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = StrayWorkflowImpl.class)
  static class StrayPackage {}
}
