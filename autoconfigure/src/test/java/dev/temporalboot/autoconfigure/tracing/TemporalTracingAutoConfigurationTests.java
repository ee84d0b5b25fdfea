package dev.temporalboot.autoconfigure.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.fixtures.HelloWorkflow;
import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.e2e.tracing.SpanCollector;
import dev.temporalboot.internal.tracing.TemporalObservations;
import dev.temporalboot.internal.tracing.TracingWorkerInterceptor;
import dev.temporalboot.internal.tracing.TracingWorkflowClientInterceptor;
import dev.temporalboot.testsupport.TemporalContextRunners;
import dev.temporalboot.tracing.DefaultTemporalObservationConvention;
import dev.temporalboot.tracing.TemporalCall;
import dev.temporalboot.tracing.TemporalObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.util.ReflectionTestUtils;

/** The tracing interceptors exist with a tracer bridge, and only then. */
class TemporalTracingAutoConfigurationTests {

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.withWorker("traced", HelloWorkflowImpl.class)
          .withConfiguration(
              AutoConfigurations.of(
                  ObservationAutoConfiguration.class,
                  MicrometerTracingAutoConfiguration.class,
                  BraveAutoConfiguration.class,
                  TemporalTracingAutoConfiguration.class));

  @Test
  void clientAndWorkersGetTheInterceptorsWithATracer() {
    this.contextRunner.run(
        (context) -> {
          assertThat(context.getBean(WorkflowClient.class).getOptions().getInterceptors())
              .containsExactly(context.getBean(TracingWorkflowClientInterceptor.class));
          assertThat(workerInterceptors(context))
              .contains(context.getBean(TracingWorkerInterceptor.class));
          assertThat(hello(context)).isEqualTo("Hello, Ada");
        });
  }

  @Test
  void theClientOfEachNamespaceNamesItsOwnInItsObservations() {
    this.contextRunner
        .withPropertyValues(
            "management.tracing.sampling.probability=1.0",
            "temporal.namespaces.billing.namespace=billing-prod",
            "temporal.namespaces.billing.workers[0].task-queue=traced",
            "temporal.namespaces.billing.workers[0].workflow-classes="
                + HelloWorkflowImpl.class.getName())
        .withBean(SpanCollector.class, SpanCollector::new)
        .run(
            (context) -> {
              WorkflowClient billing =
                  context.getBean("temporalWorkflowClient.billing", WorkflowClient.class);
              WorkflowOptions options = WorkflowOptions.newBuilder().setTaskQueue("traced").build();
              assertThat(billing.newWorkflowStub(HelloWorkflow.class, options).hello("Bo"))
                  .isEqualTo("Hello, Bo");
              assertThat(hello(context)).isEqualTo("Hello, Ada");
              assertThat(context.getBean(SpanCollector.class).spans())
                  .filteredOn((span) -> span.getName().startsWith("temporal start"))
                  .extracting((span) -> span.getTags().get("temporal.namespace"))
                  .containsExactlyInAnyOrder("billing-prod", "default");
            });
  }

  @Test
  void anApplicationConventionNamesTheSpans() {
    this.contextRunner
        .withPropertyValues("management.tracing.sampling.probability=1.0")
        .withBean(SpanCollector.class, SpanCollector::new)
        .withBean(TemporalObservationConvention.class, ShortNames::new)
        .run(
            (context) -> {
              assertThat(hello(context)).isEqualTo("Hello, Ada");
              assertThat(context.getBean(SpanCollector.class).spans())
                  .extracting(FinishedSpan::getName)
                  .contains("start HelloWorkflow", "run HelloWorkflow");
            });
  }

  @Test
  void withoutMicrometerTracingTheAppRunsUntraced() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader("io.micrometer.tracing", "brave"))
        .run(
            (context) -> {
              assertThat(context).doesNotHaveBean(TemporalObservations.class);
              assertThat(context.getBean(WorkflowClient.class).getOptions().getInterceptors())
                  .isEmpty();
              assertThat(hello(context)).isEqualTo("Hello, Ada");
            });
  }

  @Test
  void withoutATracerBridgeThereIsNoPropagatorAndNoTracing() {
    TemporalContextRunners.temporal()
        .withConfiguration(
            AutoConfigurations.of(
                ObservationAutoConfiguration.class,
                MicrometerTracingAutoConfiguration.class,
                TemporalTracingAutoConfiguration.class))
        .run((context) -> assertThat(context).doesNotHaveBean(TemporalObservations.class));
  }

  @Test
  void tracingCanBeSwitchedOff() {
    this.contextRunner
        .withPropertyValues("temporal.tracing.enabled=false")
        .run(
            (context) -> {
              assertThat(context).doesNotHaveBean(TracingWorkflowClientInterceptor.class);
              assertThat(context).doesNotHaveBean(TracingWorkerInterceptor.class);
            });
  }

  /** Span names without the prefix. */
  static class ShortNames extends DefaultTemporalObservationConvention {

    @Override
    public String getContextualName(Observation.Context context) {
      TemporalCall call = TemporalObservationConvention.callOf(context);
      return call.operation() + " " + call.name();
    }
  }

  private static WorkerInterceptor[] workerInterceptors(AssertableApplicationContext context) {
    // The SDK has no getter for the factory's options.
    WorkerFactoryOptions options =
        (WorkerFactoryOptions)
            ReflectionTestUtils.getField(context.getBean(WorkerFactory.class), "factoryOptions");
    return options.getWorkerInterceptors();
  }

  private static String hello(AssertableApplicationContext context) {
    WorkflowOptions options = WorkflowOptions.newBuilder().setTaskQueue("traced").build();
    return context
        .getBean(WorkflowClient.class)
        .newWorkflowStub(HelloWorkflow.class, options)
        .hello("Ada");
  }
}
