package dev.temporalboot.internal.worker;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.TemporalWorkerCustomizer;
import dev.temporalboot.diagnostics.TemporalBootException;
import dev.temporalboot.internal.activity.ActivityOptionsCatalog;
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

  WorkerRegistrar(
      WorkerFactory factory,
      AutowireCapableBeanFactory beanFactory,
      List<TemporalCustomizer<WorkerOptions.Builder>> workerCustomizers,
      Map<String, TemporalWorkerCustomizer> queueCustomizers,
      List<TemporalCustomizer<WorkflowImplementationOptions.Builder>> implementationCustomizers,
      ActivityOptionsCatalog activityOptions,
      WorkflowInstanceFactory.StubResolver stubs) {
    this.factory = factory;
    this.beanFactory = beanFactory;
    this.workerCustomizers = workerCustomizers;
    this.queueCustomizers = queueCustomizers;
    this.implementationCustomizers = implementationCustomizers;
    this.activityOptions = activityOptions;
    this.stubs = stubs;
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
        WorkflowInstanceFactory.create(workflow.implementation(), this.beanFactory, this.stubs);
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
    this.implementationCustomizers.forEach((customizer) -> customizer.customize(builder));
    return builder.build();
  }
}
