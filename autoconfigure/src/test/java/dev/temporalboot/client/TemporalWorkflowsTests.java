package dev.temporalboot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.client.fixtures.ShipmentWorkflow;
import dev.temporalboot.client.fixtures.ShipmentWorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.RetryOptions;
import io.temporal.common.SearchAttributeKey;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The {@link TemporalWorkflows} bean: YAML start options, code overrides, task queue defaults. */
class TemporalWorkflowsTests {

  private static final String SHIPMENTS = "temporal.workflows.ShipmentWorkflow.";

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.bindingOnlyWithWorker("shipments", ShipmentWorkflowImpl.class);

  @Test
  void autoConfigurationProvidesTemporalWorkflows() {
    this.contextRunner.run(
        (context) ->
            assertThat(context)
                .hasSingleBean(TemporalWorkflows.class)
                .getBean(TemporalWorkflows.class)
                .isInstanceOf(DefaultTemporalWorkflows.class));
  }

  @Test
  void userTemporalWorkflowsReplacesOurs() {
    TemporalWorkflows own = new DefaultTemporalWorkflowsStandIn();
    this.contextRunner
        .withBean(TemporalWorkflows.class, () -> own)
        .run((context) -> assertThat(context.getBean(TemporalWorkflows.class)).isSameAs(own));
  }

  @Test
  void disabledStarterCreatesNoTemporalWorkflows() {
    this.contextRunner
        .withPropertyValues("temporal.enabled=false")
        .run((context) -> assertThat(context).doesNotHaveBean(TemporalWorkflows.class));
  }

  @Test
  void yamlStartOptionsAreAppliedToNewStubs() {
    this.contextRunner
        .withPropertyValues(
            SHIPMENTS + "task-queue=shipments-eu",
            SHIPMENTS + "id-reuse-policy=allow-duplicate-failed-only",
            SHIPMENTS + "id-conflict-policy=use-existing",
            SHIPMENTS + "execution-timeout=1h",
            SHIPMENTS + "run-timeout=10m",
            SHIPMENTS + "task-timeout=20s",
            SHIPMENTS + "cron-schedule=0 * * * *",
            SHIPMENTS + "memo.team=logistics",
            SHIPMENTS + "search-attributes.CustomerTier=gold",
            SHIPMENTS + "retry.initial-interval=2s",
            SHIPMENTS + "retry.backoff=3",
            SHIPMENTS + "retry.maximum-interval=1m",
            SHIPMENTS + "retry.maximum-attempts=5",
            SHIPMENTS
                + "retry.do-not-retry=dev.temporalboot.client.fixtures.ShippingException,Lost")
        .run(
            (context) -> {
              WorkflowOptions options = options(context, (builder) -> {});
              assertThat(options.getWorkflowId()).isEqualTo("parcel-1");
              assertThat(options.getTaskQueue()).isEqualTo("shipments-eu");
              assertThat(options.getWorkflowIdReusePolicy())
                  .isEqualTo(
                      WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY);
              assertThat(options.getWorkflowIdConflictPolicy())
                  .isEqualTo(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING);
              assertThat(options.getWorkflowExecutionTimeout()).isEqualTo(Duration.ofHours(1));
              assertThat(options.getWorkflowRunTimeout()).isEqualTo(Duration.ofMinutes(10));
              assertThat(options.getWorkflowTaskTimeout()).isEqualTo(Duration.ofSeconds(20));
              assertThat(options.getCronSchedule()).isEqualTo("0 * * * *");
              assertThat(options.getMemo()).isEqualTo(Map.of("team", "logistics"));
              assertThat(
                      options
                          .getTypedSearchAttributes()
                          .get(SearchAttributeKey.forKeyword("CustomerTier")))
                  .isEqualTo("gold");
              RetryOptions retry = options.getRetryOptions();
              assertThat(retry.getInitialInterval()).isEqualTo(Duration.ofSeconds(2));
              assertThat(retry.getBackoffCoefficient()).isEqualTo(3.0);
              assertThat(retry.getMaximumInterval()).isEqualTo(Duration.ofMinutes(1));
              assertThat(retry.getMaximumAttempts()).isEqualTo(5);
              assertThat(retry.getDoNotRetry())
                  .containsExactly("dev.temporalboot.client.fixtures.ShippingException", "Lost");
            });
  }

  @Test
  void fullyQualifiedKeyInBracketsIsAccepted() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workflows[" + ShipmentWorkflow.class.getName() + "].run-timeout=5m")
        .run(
            (context) ->
                assertThat(options(context, (builder) -> {}).getWorkflowRunTimeout())
                    .isEqualTo(Duration.ofMinutes(5)));
  }

  @Test
  void optionsGivenInCodeWinOverYaml() {
    this.contextRunner
        .withPropertyValues(
            SHIPMENTS + "task-queue=shipments-eu",
            SHIPMENTS + "run-timeout=10m",
            SHIPMENTS + "execution-timeout=1h")
        .run(
            (context) -> {
              WorkflowOptions options =
                  options(
                      context,
                      (builder) ->
                          builder.setTaskQueue("shipments-us").setWorkflowRunTimeout(null));
              assertThat(options.getTaskQueue()).isEqualTo("shipments-us");
              assertThat(options.getWorkflowRunTimeout()).isNull();
              assertThat(options.getWorkflowExecutionTimeout()).isEqualTo(Duration.ofHours(1));
            });
  }

  @Test
  void taskQueueDefaultsToTheOnlyQueueImplementingTheInterface() {
    this.contextRunner.run(
        (context) ->
            assertThat(options(context, (builder) -> {}).getTaskQueue()).isEqualTo("shipments"));
  }

  @Test
  void interfaceOnSeveralQueuesNeedsATaskQueue() {
    this.contextRunner
        .withPropertyValues(
            "temporal.workers[1].task-queue=shipments-eu",
            "temporal.workers[1].workflow-classes=" + ShipmentWorkflowImpl.class.getName())
        .run(
            (context) -> {
              assertThatThrownBy(() -> options(context, (builder) -> {}))
                  .isInstanceOfSatisfying(
                      InvalidTemporalPropertyException.class,
                      (ex) -> assertThat(ex.getProperty()).isEqualTo(SHIPMENTS + "task-queue"))
                  .hasMessageContaining("shipments, shipments-eu");
              assertThat(
                      options(context, (builder) -> builder.setTaskQueue("shipments-eu"))
                          .getTaskQueue())
                  .isEqualTo("shipments-eu");
            });
  }

  @Test
  void clientOnlyApplicationNeedsATaskQueueFromYamlOrCode() {
    TemporalContextRunners.bindingOnly()
        .withPropertyValues("temporal.workers-enabled=false")
        .run(
            (context) -> {
              assertThatThrownBy(() -> options(context, (builder) -> {}))
                  .isInstanceOf(InvalidTemporalPropertyException.class)
                  .hasMessageContaining(SHIPMENTS + "task-queue")
                  .hasMessageContaining("no worker of this application implements");
              assertThat(
                      options(context, (builder) -> builder.setTaskQueue("remote")).getTaskQueue())
                  .isEqualTo("remote");
            });
  }

  @Test
  void clientOnlyApplicationMayUseSimpleNamesOfInterfacesInItsPackages() {
    TemporalContextRunners.bindingOnly()
        .withUserConfiguration(FixturesPackage.class)
        .withPropertyValues("temporal.workers-enabled=false", SHIPMENTS + "task-queue=remote")
        .run(
            (context) ->
                assertThat(options(context, (builder) -> {}).getTaskQueue()).isEqualTo("remote"));
  }

  @Test
  void classThatIsNotAWorkflowInterfaceIsRejected() {
    this.contextRunner.run(
        (context) -> {
          TemporalWorkflows workflows = context.getBean(TemporalWorkflows.class);
          assertThatIllegalArgumentException()
              .isThrownBy(() -> workflows.newStub(ShipmentWorkflowImpl.class, "parcel-1"))
              .withMessageContaining(ShipmentWorkflowImpl.class.getName())
              .withMessageContaining("@WorkflowInterface");
          assertThatIllegalArgumentException()
              .isThrownBy(() -> workflows.stub(Runnable.class, "parcel-1"));
        });
  }

  @Test
  void stubsOfExistingExecutionsAreBoundToTheWorkflowId() {
    this.contextRunner.run(
        (context) -> {
          TemporalWorkflows workflows = context.getBean(TemporalWorkflows.class);
          WorkflowStub typed = workflows.stub(ShipmentWorkflow.class, "parcel-1");
          assertThat(typed.getExecution().getWorkflowId()).isEqualTo("parcel-1");
          assertThat(typed.getWorkflowType()).contains("Ship");
          assertThat(workflows.stub("parcel-1").getExecution().getWorkflowId())
              .isEqualTo("parcel-1");
          ShipmentWorkflow existing = workflows.existing(ShipmentWorkflow.class, "parcel-1");
          assertThat(WorkflowStub.fromTyped(existing).getExecution().getWorkflowId())
              .isEqualTo("parcel-1");
        });
  }

  private static WorkflowOptions options(
      AssertableApplicationContext context, Consumer<WorkflowOptions.Builder> overrides) {
    ShipmentWorkflow stub =
        context
            .getBean(TemporalWorkflows.class)
            .newStub(ShipmentWorkflow.class, "parcel-1", overrides);
    return WorkflowStub.fromTyped(stub).getOptions().orElseThrow();
  }

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = ShipmentWorkflow.class)
  static class FixturesPackage {}

  /** An application's own implementation, which needs none of ours. */
  static class DefaultTemporalWorkflowsStandIn implements TemporalWorkflows {

    @Override
    public <T> T newStub(Class<T> workflowInterface, String workflowId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T newStub(
        Class<T> workflowInterface,
        String workflowId,
        Consumer<WorkflowOptions.Builder> overrides) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T existing(Class<T> workflowInterface, String workflowId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowStub stub(String workflowId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public WorkflowStub stub(Class<?> workflowInterface, String workflowId) {
      throw new UnsupportedOperationException();
    }
  }
}
