package dev.temporalboot.internal.worker;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.TemporalWorkerCustomizer;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.TemporalBootException;
import dev.temporalboot.internal.activity.ActivityOptionsCatalog;
import dev.temporalboot.internal.nexus.NexusServiceBean;
import dev.temporalboot.internal.nexus.NexusServiceOptionsCatalog;
import io.temporal.worker.TypeAlreadyRegisteredException;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/** Creates the SDK workers of a plan on a {@link WorkerFactory} and registers their components. */
final class WorkerRegistrar {

  private final WorkerFactory factory;

  private final AutowireCapableBeanFactory beanFactory;

  private final List<TemporalCustomizer<WorkerOptions.Builder>> workerCustomizers;

  private final Map<String, TemporalWorkerCustomizer> queueCustomizers;

  private final List<TemporalCustomizer<WorkflowImplementationOptions.Builder>>
      implementationCustomizers;

  private final ActivityOptionsCatalog activityOptions;

  private final WorkflowInstanceFactory.StubResolver stubs;

  private final NexusServiceOptionsCatalog nexusOptions;

  private final WorkflowInstanceFactory.NexusStubResolver nexusStubs;

  WorkerRegistrar(
      WorkerFactory factory,
      AutowireCapableBeanFactory beanFactory,
      WorkerCustomizers customizers,
      ActivityOptionsCatalog activityOptions,
      WorkflowInstanceFactory.StubResolver stubs,
      NexusServiceOptionsCatalog nexusOptions,
      WorkflowInstanceFactory.NexusStubResolver nexusStubs) {
    this.factory = factory;
    this.beanFactory = beanFactory;
    this.workerCustomizers = customizers.workers();
    this.queueCustomizers = customizers.byQueue();
    this.implementationCustomizers = customizers.implementations();
    this.activityOptions = activityOptions;
    this.stubs = stubs;
    this.nexusOptions = nexusOptions;
    this.nexusStubs = nexusStubs;
  }

  void register(WorkerDefinition definition) {
    String taskQueue = definition.getTaskQueue();
    WorkerOptions.Builder options = definition.getOptions().start();
    this.workerCustomizers.forEach((customizer) -> customizer.customize(options));
    this.queueCustomizers.forEach(
        (name, customizer) -> customize(name, customizer, taskQueue, options));
    Worker worker = newWorker(taskQueue, definition.getOptions().finish(options));
    WorkflowImplementationOptions implementationOptions = implementationOptions();
    for (WorkflowRegistration workflow : definition.getWorkflows()) {
      registerWorkflow(worker, workflow, implementationOptions);
    }
    if (!definition.getActivities().isEmpty()) {
      try {
        worker.registerActivitiesImplementations(
            definition.getActivities().stream().map(ActivityRegistration::bean).toArray());
      } catch (TypeAlreadyRegisteredException ex) {
        String bean =
            definition.getActivities().stream()
                .filter((a) -> a.activityTypes().contains(ex.getRegisteredTypeName()))
                .map(ActivityRegistration::beanName)
                .findFirst()
                .orElse("?");
        throw RegistrationErrors.registeredTwice(
            taskQueue, "activity", "activity bean '" + bean + "'", ex);
      }
    }
    for (NexusServiceBean service : definition.getNexusServices()) {
      registerNexusService(worker, taskQueue, service);
    }
  }

  private static void registerNexusService(
      Worker worker, String taskQueue, NexusServiceBean service) {
    String registration = "Nexus service bean '" + service.beanName() + "'";
    try {
      worker.registerNexusServiceImplementation(service.registration());
    } catch (TypeAlreadyRegisteredException ex) {
      throw RegistrationErrors.registeredTwice(taskQueue, "Nexus service", registration, ex);
    } catch (RuntimeException ex) {
      throw new InvalidTemporalComponentException(
          registration,
          "the SDK refused it on task queue '" + taskQueue + "': " + ex.getMessage(),
          "Fix the service implementation as the message says.",
          ex);
    }
  }

  private static void customize(
      String beanName,
      TemporalWorkerCustomizer customizer,
      String taskQueue,
      WorkerOptions.Builder options) {
    try {
      customizer.customize(taskQueue, options);
    } catch (RuntimeException ex) {
      throw RegistrationErrors.customizerFailed(beanName, taskQueue, ex);
    }
  }

  /** Creates the SDK worker, which runs the WorkerPlugins' configureWorker and initializeWorker. */
  private Worker newWorker(String taskQueue, WorkerOptions options) {
    try {
      return this.factory.newWorker(taskQueue, options);
    } catch (TemporalBootException ex) {
      throw ex;
    } catch (RuntimeException ex) {
      throw RegistrationErrors.workerRefused(taskQueue, ex);
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
      try {
        registerFactory(worker, workflowInterface, instances, options);
      } catch (TypeAlreadyRegisteredException ex) {
        throw RegistrationErrors.registeredTwice(
            worker.getTaskQueue(), "workflow", workflow.implementation().getName(), ex);
      }
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
