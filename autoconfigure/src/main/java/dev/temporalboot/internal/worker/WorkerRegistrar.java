package dev.temporalboot.internal.worker;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.internal.activity.ActivityOptionsCatalog;
import dev.temporalboot.internal.nexus.NexusServiceBean;
import dev.temporalboot.internal.nexus.NexusServiceOptionsCatalog;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.util.List;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/** Creates the SDK workers of a plan on a {@link WorkerFactory} and registers their components. */
final class WorkerRegistrar {

  private final WorkerFactory factory;

  private final AutowireCapableBeanFactory beanFactory;

  private final List<TemporalCustomizer<WorkerOptions.Builder>> workerCustomizers;

  private final List<TemporalCustomizer<WorkflowImplementationOptions.Builder>>
      implementationCustomizers;

  private final ActivityOptionsCatalog activityOptions;

  private final WorkflowInstanceFactory.StubResolver stubs;

  private final NexusServiceOptionsCatalog nexusOptions;

  private final WorkflowInstanceFactory.NexusStubResolver nexusStubs;

  WorkerRegistrar(
      WorkerFactory factory,
      AutowireCapableBeanFactory beanFactory,
      List<TemporalCustomizer<WorkerOptions.Builder>> workerCustomizers,
      List<TemporalCustomizer<WorkflowImplementationOptions.Builder>> implementationCustomizers,
      ActivityOptionsCatalog activityOptions,
      WorkflowInstanceFactory.StubResolver stubs,
      NexusServiceOptionsCatalog nexusOptions,
      WorkflowInstanceFactory.NexusStubResolver nexusStubs) {
    this.factory = factory;
    this.beanFactory = beanFactory;
    this.workerCustomizers = workerCustomizers;
    this.implementationCustomizers = implementationCustomizers;
    this.activityOptions = activityOptions;
    this.stubs = stubs;
    this.nexusOptions = nexusOptions;
    this.nexusStubs = nexusStubs;
  }

  void register(WorkerDefinition definition) {
    WorkerOptions.Builder options = definition.getOptions().start();
    this.workerCustomizers.forEach((customizer) -> customizer.customize(options));
    Worker worker =
        this.factory.newWorker(definition.getTaskQueue(), definition.getOptions().finish(options));
    WorkflowImplementationOptions implementationOptions = implementationOptions();
    for (WorkflowRegistration workflow : definition.getWorkflows()) {
      registerWorkflow(worker, workflow, implementationOptions);
    }
    if (!definition.getActivities().isEmpty()) {
      worker.registerActivitiesImplementations(
          definition.getActivities().stream().map(ActivityRegistration::bean).toArray());
    }
    for (NexusServiceBean service : definition.getNexusServices()) {
      try {
        worker.registerNexusServiceImplementation(service.registration());
      } catch (RuntimeException ex) {
        throw new InvalidTemporalComponentException(
            "Nexus service bean '" + service.beanName() + "'",
            "the SDK refused it on task queue '"
                + definition.getTaskQueue()
                + "': "
                + ex.getMessage(),
            "Fix the service implementation as the message says.",
            ex);
      }
    }
  }

  void registerWorkflow(Worker worker, Class<?> implementation) {
    registerWorkflow(
        worker, ComponentIntrospector.workflow(implementation, "replay"), implementationOptions());
  }

  private void registerWorkflow(
      Worker worker, WorkflowRegistration workflow, WorkflowImplementationOptions options) {
    WorkflowInstanceFactory<?> instances =
        WorkflowInstanceFactory.create(
            workflow.implementation(), this.beanFactory, this.stubs, this.nexusStubs);
    for (Class<?> workflowInterface : workflow.workflowInterfaces()) {
      registerFactory(worker, workflowInterface, instances, options);
    }
  }

  @SuppressWarnings("unchecked")
  private static <I> void registerFactory(
      Worker worker,
      Class<I> workflowInterface,
      WorkflowInstanceFactory<?> instances,
      WorkflowImplementationOptions options) {
    worker.registerWorkflowImplementationFactory(
        workflowInterface, () -> (I) instances.apply(), options);
  }

  private WorkflowImplementationOptions implementationOptions() {
    WorkflowImplementationOptions.Builder builder = WorkflowImplementationOptions.newBuilder();
    // YAML first, for stubs created in workflow code without options; customizers last.
    this.activityOptions.applyTo(builder);
    builder.setNexusServiceOptions(this.nexusOptions.byServiceName());
    this.implementationCustomizers.forEach((customizer) -> customizer.customize(builder));
    return builder.build();
  }
}
