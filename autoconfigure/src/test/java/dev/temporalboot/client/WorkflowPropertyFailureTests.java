package dev.temporalboot.client;

import static dev.temporalboot.testsupport.StartupFailures.assertAnalysisNames;
import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static dev.temporalboot.testsupport.StartupFailures.cause;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.client.fixtures.ShipmentWorkflow;
import dev.temporalboot.client.fixtures.ShipmentWorkflowImpl;
import dev.temporalboot.client.samename.OtherShipmentWorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.testsupport.StartupFailures;
import dev.temporalboot.testsupport.TemporalContextRunners;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A {@code temporal.workflows} entry that cannot work fails startup, naming the key. */
class WorkflowPropertyFailureTests {

  private static final String SHIPMENTS = "temporal.workflows.ShipmentWorkflow";

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.bindingOnlyWithWorker("shipments", ShipmentWorkflowImpl.class);

  @Test
  void zeroExecutionTimeoutFails() {
    assertPropertyFailure(
        SHIPMENTS + ".execution-timeout", "0s", "'0s' is not a positive duration");
  }

  @Test
  void negativeRunTimeoutFails() {
    assertPropertyFailure(SHIPMENTS + ".run-timeout", "-5s", "'-5s' is not a positive duration");
  }

  @Test
  void negativeTaskTimeoutFails() {
    assertPropertyFailure(SHIPMENTS + ".task-timeout", "-1m");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0 * * *", "61 * * * *", "0 * * * MOON", "@fortnightly", "TZ=Mars/Base @daily"})
  void malformedCronScheduleFails(String schedule) {
    assertPropertyFailure(SHIPMENTS + ".cron-schedule", schedule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*/15 * * * *",
        "0 9 ? * MON-FRI",
        "0 0 1,15 * *",
        "@daily",
        "@every 1h30m",
        "CRON_TZ=Europe/Paris 0 9 * * *"
      })
  void cronSchedulesTheServerAcceptsAreAccepted(String schedule) {
    this.contextRunner
        .withPropertyValues(SHIPMENTS + ".cron-schedule=" + schedule)
        .run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void backoffBelowOneFails() {
    assertPropertyFailure(SHIPMENTS + ".retry.backoff", "0.5", "'0.5' is less than 1");
  }

  @Test
  void maximumIntervalBelowInitialIntervalFails() {
    this.contextRunner
        .withPropertyValues(SHIPMENTS + ".retry.initial-interval=10s")
        .withPropertyValues(SHIPMENTS + ".retry.maximum-interval=1s")
        .run(
            (context) ->
                assertFailure(
                    context,
                    SHIPMENTS + ".retry.maximum-interval",
                    "'1s' is shorter than the initial interval, '10s'"));
  }

  @Test
  void negativeMaximumAttemptsFails() {
    assertPropertyFailure(SHIPMENTS + ".retry.maximum-attempts", "-1");
  }

  @Test
  void unknownExceptionClassInDoNotRetryFails() {
    this.contextRunner
        .withPropertyValues(SHIPMENTS + ".retry.do-not-retry=Lost,com.acme.NoSuchException")
        .run(
            (context) ->
                assertFailure(
                    context,
                    SHIPMENTS + ".retry.do-not-retry[1]",
                    "'com.acme.NoSuchException' is not a class on the classpath"));
  }

  @Test
  void keyNamingNoWorkflowInterfaceFails() {
    this.contextRunner
        .withPropertyValues("temporal.workflows.ShipmentWorkflw.run-timeout=1m")
        .run(
            (context) -> {
              InvalidTemporalPropertyException ex =
                  assertFailure(context, "temporal.workflows.ShipmentWorkflw");
              assertThat(ex.getAction()).contains("ShipmentWorkflow");
            });
  }

  @Test
  void fullyQualifiedKeyWithoutBracketsFailsSayingToUseThem() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workflows." + ShipmentWorkflow.class.getName() + ".run-timeout=1m")
        .run(
            (context) -> {
              assertThat(context).hasFailed();
              assertThat(
                      StartupFailures.assertAnalysisNames(
                              context.getStartupFailure(), "temporal.workflows.dev")
                          .getAction())
                  .contains("in brackets");
            });
  }

  @Test
  void fullyQualifiedKeyOfAClassThatIsNoWorkflowInterfaceFails() {
    this.contextRunner
        .withPropertyValues("temporal.workflows[java.lang.Runnable].run-timeout=1m")
        .run((context) -> assertFailure(context, "temporal.workflows[java.lang.Runnable]"));
  }

  @Test
  void simpleAndFullyQualifiedKeysForOneInterfaceFailNamingBoth() {
    String qualified = "temporal.workflows[" + ShipmentWorkflow.class.getName() + "]";
    this.contextRunner
        .withPropertyValues(SHIPMENTS + ".run-timeout=1m", qualified + ".run-timeout=2m")
        .run((context) -> assertFailure(context, qualified, SHIPMENTS));
  }

  @Test
  void simpleNameOfTwoRegisteredInterfacesFails() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workers[1].task-queue=others",
            "temporal.workers[1].workflow-classes=" + OtherShipmentWorkflowImpl.class.getName(),
            SHIPMENTS + ".run-timeout=1m")
        .run(
            (context) ->
                assertFailure(
                    context,
                    SHIPMENTS,
                    ShipmentWorkflow.class.getName(),
                    dev.temporalboot.client.samename.ShipmentWorkflow.class.getName()));
  }

  @Test
  void unknownIdReusePolicyFailsNamingTheProperty() {
    this.contextRunner
        .withPropertyValues(SHIPMENTS + ".id-reuse-policy=sometimes")
        .run(
            (context) -> {
              assertThat(context).hasFailed();
              // The binder names the key in canonical (lower) case, the analysis as written.
              assertThat(cause(context.getStartupFailure(), BindException.class).getName())
                  .hasToString(SHIPMENTS.toLowerCase(Locale.ROOT) + ".id-reuse-policy");
              assertAnalysisNames(
                  context.getStartupFailure(), SHIPMENTS + ".id-reuse-policy", "sometimes");
            });
  }

  private void assertPropertyFailure(String property, String value, String... more) {
    this.contextRunner
        .withPropertyValues(property + "=" + value)
        .run(
            (context) -> {
              assertFailure(context, property, value);
              assertFailure(context, property, more);
            });
  }

  private static InvalidTemporalPropertyException assertFailure(
      AssertableApplicationContext context, String property, String... more) {
    InvalidTemporalPropertyException exception =
        assertStartupFailure(context, InvalidTemporalPropertyException.class, property);
    assertThat(exception.getProperty()).isEqualTo(property);
    for (String expected : more) {
      assertThat(exception.getDescription()).contains(expected);
    }
    return exception;
  }
}
