package dev.temporalboot.autoconfigure;

import static dev.temporalboot.testsupport.StartupFailures.assertAnalysisNames;
import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.fixtures.stubs.BadDurationWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.stubs.FinalFieldWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.stubs.NegativeDurationWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.stubs.PlainStubWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.stubs.WrongTypeStubWorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.e2e.stubs.ShipmentActivities;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code temporal.activities}: what is accepted, and every mistake refused at startup. */
class ActivityStubOptionsTests {

  private static final String KEY = "temporal.activities.ShipmentActivities.";

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.bindingOnlyWithWorker("stub-options", PlainStubWorkflowImpl.class);

  @Test
  void injectedStubWithoutTimeoutFailsNamingTheKeyToSet() {
    this.contextRunner.run(
        (context) -> {
          InvalidTemporalPropertyException ex =
              assertStartupFailure(
                  context, InvalidTemporalPropertyException.class, KEY + "start-to-close-timeout");
          assertThat(ex.getDescription())
              .contains("ShipmentActivities stub injected into PlainStubWorkflowImpl(shipments)");
        });
  }

  @Test
  void defaultTimeoutSatisfiesEveryStub() {
    this.contextRunner
        .withPropertyValues("temporal.activities.default.start-to-close-timeout=10s")
        .run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void effectiveOptionsPerInterfaceMergeDefaultAndInterface() {
    this.contextRunner
        .withPropertyValues(
            "temporal.activities.default.start-to-close-timeout=10s",
            "temporal.activities.default.retry.maximum-attempts=4",
            KEY + "task-queue=shipping",
            KEY + "cancellation-type=abandon")
        .run(
            (context) -> {
              Object options =
                  context
                      .getBean(WorkerAssembly.class)
                      .plan()
                      .activityOptions()
                      .describe()
                      .get(ShipmentActivities.class);
              assertThat(options).isInstanceOf(ActivityOptions.class);
              ActivityOptions activity = (ActivityOptions) options;
              assertThat(activity.getStartToCloseTimeout()).isEqualTo(Duration.ofSeconds(10));
              assertThat(activity.getRetryOptions().getMaximumAttempts()).isEqualTo(4);
              assertThat(activity.getTaskQueue()).isEqualTo("shipping");
              assertThat(activity.getCancellationType().name()).isEqualTo("ABANDON");
            });
  }

  @Test
  void localInterfaceIsDescribedWithLocalOptions() {
    this.contextRunner
        .withPropertyValues(KEY + "local=true", KEY + "schedule-to-close-timeout=1m")
        .run(
            (context) ->
                assertThat(
                        context
                            .getBean(WorkerAssembly.class)
                            .plan()
                            .activityOptions()
                            .describe()
                            .get(ShipmentActivities.class))
                    .isInstanceOfSatisfying(
                        LocalActivityOptions.class,
                        (local) ->
                            assertThat(local.getScheduleToCloseTimeout())
                                .isEqualTo(Duration.ofMinutes(1))));
  }

  @Test
  void keyThatNamesNoActivityInterfaceFails() {
    this.contextRunner
        .withPropertyValues("temporal.activities.ShipmentActivity.start-to-close-timeout=10s")
        .run(
            (context) -> {
              InvalidTemporalPropertyException ex =
                  assertStartupFailure(
                      context,
                      InvalidTemporalPropertyException.class,
                      "temporal.activities.ShipmentActivity");
              assertThat(ex.getAction()).contains("ShipmentActivities");
            });
  }

  @Test
  void fullNameOfAnActivityInterfaceOnTheClasspathIsAccepted() {
    this.contextRunner
        .withPropertyValues(
            KEY + "start-to-close-timeout=10s",
            "temporal.activities[dev.temporalboot.e2e.yaml.InventoryActivities]"
                + ".start-to-close-timeout=5s")
        .run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void dottedKeyWithoutBracketsFailsInsteadOfBeingIgnored() {
    this.contextRunner
        .withPropertyValues(
            KEY + "start-to-close-timeout=10s",
            "temporal.activities.dev.temporalboot.e2e.stubs.ShipmentActivities.local=true")
        .run(
            (context) -> {
              assertThat(context).hasFailed();
              assertThat(
                      assertAnalysisNames(
                              context.getStartupFailure(),
                              // as written, not in Spring's lower-cased canonical form
                              "temporal.activities.dev.temporalboot.e2e.stubs.ShipmentActivities"
                                  + ".local")
                          .getAction())
                  .contains("in brackets");
            });
  }

  @Test
  void unknownDoNotRetryClassFails() {
    this.contextRunner
        .withPropertyValues(
            KEY + "start-to-close-timeout=10s", KEY + "retry.do-not-retry=com.acme.NoSuchException")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    KEY + "retry.do-not-retry[0]",
                    "'com.acme.NoSuchException' is not a class on the classpath"));
  }

  @Test
  void negativeDurationFails() {
    this.contextRunner
        .withPropertyValues("temporal.activities.default.start-to-close-timeout=-5s")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.activities.default.start-to-close-timeout",
                    "'-5s' is not a positive duration"));
  }

  @Test
  void retryValuesOutOfRangeFail() {
    this.contextRunner
        .withPropertyValues(KEY + "start-to-close-timeout=10s", KEY + "retry.backoff=0.5")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    KEY + "retry.backoff",
                    "'0.5' is less than 1"));
    this.contextRunner
        .withPropertyValues(
            KEY + "start-to-close-timeout=10s",
            KEY + "retry.initial-interval=10s",
            KEY + "retry.maximum-interval=1s")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    KEY + "retry.maximum-interval",
                    "'1s' is shorter than the initial interval, '10s'"));
  }

  @Test
  void localStubWithRemoteOnlyOptionFails() {
    this.contextRunner
        .withPropertyValues(
            KEY + "start-to-close-timeout=10s", KEY + "local=true", KEY + "heartbeat-timeout=5s")
        .run(
            (context) ->
                assertStartupFailure(
                    context, InvalidTemporalPropertyException.class, KEY + "heartbeat-timeout"));
  }

  @Test
  void malformedDurationInActivityStubFailsNamingTheInjectionPoint() {
    TemporalContextRunners.bindingOnlyWithWorker("stub-options", BadDurationWorkflowImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "@ActivityStub on BadDurationWorkflowImpl(shipments)",
                    "startToCloseTimeout"));
  }

  @Test
  void negativeDurationInActivityStubFailsNamingTheInjectionPointAndTheOption() {
    TemporalContextRunners.bindingOnlyWithWorker("stub-options", NegativeDurationWorkflowImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "@ActivityStub on NegativeDurationWorkflowImpl(shipments)",
                    "start-to-close-timeout: '-5s' is not a positive duration."));
  }

  @Test
  void activityStubOnFinalFieldFails() {
    TemporalContextRunners.bindingOnlyWithWorker("stub-options", FinalFieldWorkflowImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "FinalFieldWorkflowImpl.shipments"));
  }

  @Test
  void activityStubOnANonActivityTypeFails() {
    TemporalContextRunners.bindingOnlyWithWorker("stub-options", WrongTypeStubWorkflowImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "WrongTypeStubWorkflowImpl.notAnActivity"));
  }
}
