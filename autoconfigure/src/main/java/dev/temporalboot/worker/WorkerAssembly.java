package dev.temporalboot.worker;

import dev.temporalboot.activity.ActivityOptionsCatalog;
import dev.temporalboot.activity.InjectedActivityStub;
import io.temporal.worker.WorkerFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Builds the workers once every bean exists: plans them from YAML and annotations, checks the
 * activity stub options against what the plan implements and injects, and registers each worker's
 * workflows and activities on the factory.
 *
 * @param definitions what each worker runs
 * @param activityOptions the checked {@code temporal.activities}
 * @param registrar registers workflow classes as the workers do
 */
record WorkerAssembly(
    List<WorkerDefinition> definitions,
    ActivityOptionsCatalog activityOptions,
    WorkerRegistrar registrar) {

  private static final Logger logger = LoggerFactory.getLogger(WorkerAssembly.class);

  static WorkerAssembly assemble(
      WorkerFactory factory,
      TemporalWorkers.Settings settings,
      ConfigurableListableBeanFactory beanFactory) {
    Environment environment = settings.environment();
    ClassLoader classLoader = settings.resourceLoader().getClassLoader();
    List<WorkerDefinition> definitions =
        new WorkerPlanner(environment, beanFactory, classLoader)
            .plan(
                settings.workers(),
                settings.defaultWorkerOptions(),
                WorkflowClassScanner.scan(
                    settings.packages(), environment, settings.resourceLoader()),
                settings.declarations().taskQueuesByBean(beanFactory));
    ActivityOptionsCatalog activityOptions =
        new ActivityOptionsCatalog(
            settings.activities(), activityInterfaces(definitions), classLoader);
    WorkerRegistrar registrar =
        new WorkerRegistrar(
            factory,
            beanFactory,
            settings.workerCustomizers(),
            settings.implementationCustomizers(),
            activityOptions,
            (type, annotation, where) ->
                InjectedActivityStub.of(
                    type, annotation, where, activityOptions, environment, classLoader));
    for (WorkerDefinition definition : definitions) {
      registrar.register(definition);
      logger.info(
          "Temporal worker '{}' on task queue '{}': workflows {}, activities {}",
          definition.getName(),
          definition.getTaskQueue(),
          definition.getWorkflowTypes(),
          definition.getActivityTypes());
    }
    return new WorkerAssembly(definitions, activityOptions, registrar);
  }

  /** Every activity interface the app implements or injects: the keys YAML may configure. */
  private static Set<Class<?>> activityInterfaces(List<WorkerDefinition> definitions) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (WorkerDefinition definition : definitions) {
      definition.getActivities().forEach((a) -> interfaces.addAll(a.activityInterfaces()));
      definition
          .getWorkflows()
          .forEach(
              (w) ->
                  interfaces.addAll(
                      WorkflowInstanceFactory.injectedActivityInterfaces(w.implementation())));
    }
    return interfaces;
  }
}
