package dev.temporalboot.autoconfigure.internal.validation;

import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.diagnostics.UnknownTemporalPropertyException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The check of everything under temporal.*, on binding alone: no server, no client. */
class TemporalPropertiesValidatorTests {

  private final ApplicationContextRunner contextRunner =
      new ApplicationContextRunner().withUserConfiguration(BindingOnly.class);

  @Test
  void typoFailsNamingTheKeyAndTheClosestValidOne() {
    this.contextRunner
        .withPropertyValues("temporal.conection.target=localhost:7233")
        .run(
            (context) -> {
              UnknownTemporalPropertyException exception =
                  assertStartupFailure(
                      context,
                      UnknownTemporalPropertyException.class,
                      "temporal.conection.target",
                      "Did you mean 'temporal.connection.target'?");
              assertThat(exception.getProperties()).containsExactly("temporal.conection.target");
            });
  }

  @Test
  void typoInsideAListEntryNamesTheEntryKey() {
    this.contextRunner
        .withPropertyValues("temporal.workers[0].task-queue=a", "temporal.workers[0].tsk-queue=b")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    UnknownTemporalPropertyException.class,
                    "temporal.workers[0].tsk-queue",
                    "'temporal.workers[0].task-queue'"));
  }

  @Test
  void everyValidKeyOfListsAndMapsIsAccepted() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workers[0].task-queue=orders",
            "temporal.workers[0].workflow-classes[0]=com.acme.OrderWorkflowImpl",
            "temporal.workers[0].deployment.build-id=b1",
            "temporal.workers[0].activity-pollers-autoscaling.max=4",
            "temporal.workflows.OrderWorkflow.memo.team=billing",
            "temporal.workflows.OrderWorkflow.memo.owner.name=ada",
            "temporal.workflows[com.acme.OrderWorkflow].retry.maximum-attempts=3",
            "temporal.activities.default.start-to-close-timeout=10s",
            "temporal.activities.PaymentActivities.retry.do-not-retry[0]=CardDeclined",
            "temporal.embedded.search-attributes.CustomerTier=keyword")
        .run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void entriesOfAListThatAHigherPrioritySourceReplacedAreNeverReported() {
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("temporal.workers[0].task-queue", "acc-yaml");
    yaml.put("temporal.workers[0].workflow-classes[0]", "com.acme.CounterImpl");
    yaml.put("temporal.workers[0].tsk-queue", "ignored by Spring");
    this.contextRunner
        .withInitializer(
            (context) -> {
              MutablePropertySources sources = context.getEnvironment().getPropertySources();
              sources.addLast(new MapPropertySource("application.yml", yaml));
              sources.addFirst(
                  new MapPropertySource(
                      "commandLineArgs", Map.of("temporal.workers[0].task-queue", "bad-beans")));
            })
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              TemporalProperties properties = context.getBean(TemporalProperties.class);
              assertThat(properties.getWorkers()).singleElement();
              assertThat(properties.getWorkers().get(0).getTaskQueue()).isEqualTo("bad-beans");
              assertThat(properties.getWorkers().get(0).getWorkflowClasses()).isEmpty();
            });
  }

  @Test
  void environmentVariablesOfOtherToolsAreNotOursButOursAreChecked() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("TEMPORAL_ADDRESS", "localhost:7233");
    variables.put("TEMPORAL_SERVICE_HOST", "10.0.0.1");
    // Kubernetes' service links for services named temporal-workers and temporal-connection
    variables.put("TEMPORAL_WORKERS_SERVICE_HOST", "10.0.0.2");
    variables.put("TEMPORAL_WORKERS_PORT_7233_TCP_ADDR", "10.0.0.2");
    variables.put("TEMPORAL_CONNECTION_SERVICE_PORT", "7233");
    variables.put("TEMPORAL_CONNECTION_NAMESPACE", "orders");
    this.contextRunner
        .withInitializer((context) -> addEnvironment(context.getEnvironment(), variables))
        .run(
            (context) ->
                assertThat(context.getBean(TemporalProperties.class).getConnection().getNamespace())
                    .isEqualTo("orders"));
    variables.put("TEMPORAL_CONNECTION_TARGT", "localhost:7233");
    this.contextRunner
        .withInitializer((context) -> addEnvironment(context.getEnvironment(), variables))
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    UnknownTemporalPropertyException.class,
                    "temporal.connection.targt",
                    "TEMPORAL_CONNECTION_TARGT",
                    "'temporal.connection.target'"));
  }

  @Test
  void environmentVariableOverridingAMapEntryIsOneEntryWithTheYamlSpelling() {
    Map<String, Object> yaml =
        Map.of("temporal.activities.PaymentActivities.heartbeat-timeout", "5s");
    Map<String, Object> variables =
        Map.of("TEMPORAL_ACTIVITIES_PAYMENTACTIVITIES_HEARTBEATTIMEOUT", "7s");
    this.contextRunner
        .withInitializer(
            (context) -> {
              context
                  .getEnvironment()
                  .getPropertySources()
                  .addLast(new MapPropertySource("application.yml", yaml));
              addEnvironment(context.getEnvironment(), variables);
            })
        .run(
            (context) ->
                assertThat(context.getBean(TemporalProperties.class).getActivities())
                    .containsOnlyKeys("PaymentActivities")
                    .extractingByKey("PaymentActivities")
                    .satisfies(
                        (payment) ->
                            assertThat(payment.getHeartbeatTimeout())
                                .isEqualTo(java.time.Duration.ofSeconds(7))));
  }

  @Test
  void dottedMapKeyWithoutBracketsIsShownWithThem() {
    this.contextRunner
        .withPropertyValues("temporal.activities.com.acme.PaymentActivities.heartbeat-timeout=5s")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    UnknownTemporalPropertyException.class,
                    "temporal.activities[com.acme.PaymentActivities].heartbeat-timeout"));
  }

  @Test
  void aDashedMapKeyInAnEnvironmentVariableIsToldToLeaveTheDashesOut() {
    Map<String, Object> variables = Map.of("TEMPORAL_SCHEDULES_LOW_STOCK_REPORT_PAUSED", "true");
    this.contextRunner
        .withInitializer((context) -> addEnvironment(context.getEnvironment(), variables))
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    UnknownTemporalPropertyException.class,
                    "TEMPORAL_SCHEDULES_LOW_STOCK_REPORT_PAUSED",
                    "Leave them out, as in 'TEMPORAL_SCHEDULES_LOWSTOCKREPORT_PAUSED', which"
                        + " relaxed binding matches to the key 'low-stock-report' of a YAML file"));
  }

  @Test
  void groupWrittenAsAValueListsItsKeys() {
    this.contextRunner
        .withPropertyValues("temporal.connection=localhost:7233")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    UnknownTemporalPropertyException.class,
                    "temporal.connection",
                    "target"));
  }

  @Test
  void targetWithASpaceFailsNamingTheKey() {
    this.contextRunner
        .withPropertyValues("temporal.connection.target=not a host:7233")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.connection.target",
                    "not a host"));
  }

  @Test
  void valueThatDoesNotConvertNamesTheKeyTheValueAndTheForm() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workers[0].task-queue=q", "temporal.workers[0].virtual-threads=maybe")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.workers[0].virtual-threads",
                    "'maybe'",
                    "true or false"));
    this.contextRunner
        .withPropertyValues("temporal.embedded.enabled=sometimes")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.embedded.enabled",
                    "auto, true, false"));
  }

  @Test
  void unresolvedPlaceholderInAnyTextFails() {
    this.contextRunner
        .withPropertyValues("temporal.connection.identity=${HOSTNAME_UNSET}")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.connection.identity",
                    "${HOSTNAME_UNSET}"));
  }

  @Test
  void valuesOutOfRangeFailWithTheValueAsWritten() {
    this.contextRunner
        .withPropertyValues("temporal.embedded.port=70000")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.embedded.port",
                    "70000"));
    this.contextRunner
        .withPropertyValues("temporal.shutdown.grace-period=-1s")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.shutdown.grace-period",
                    "'-1s'"));
    this.contextRunner
        .withPropertyValues("temporal.connection.api-key=abc def")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.connection.api-key"));
  }

  private static void addEnvironment(
      org.springframework.core.env.ConfigurableEnvironment environment, Map<String, Object> map) {
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, map));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(TemporalProperties.class)
  static class BindingOnly {

    @Bean
    static TemporalPropertiesValidator temporalPropertiesValidator() {
      return new TemporalPropertiesValidator();
    }
  }
}
