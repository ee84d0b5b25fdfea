package dev.temporalboot.internal.worker;

import dev.temporalboot.internal.activity.ActivityOptionsCatalog;
import dev.temporalboot.internal.activity.InjectedActivityStub;
import dev.temporalboot.internal.nexus.InjectedNexusStub;
import dev.temporalboot.internal.nexus.NexusServiceOptionsCatalog;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Builds the workers once every bean exists: plans them from YAML and annotations, checks the
 * activity and Nexus stub options against what the plan implements and injects, and registers each
 * worker's workflows, activities and Nexus services on the factory, so that a mistake fails
 * start-up before anything polls. The result is one immutable {@link WorkerPlan}.
 */
public final class WorkerAssembly implements SmartInitializingSingleton {

  private static final Logger logger = LoggerFactory.getLogger(WorkerAssembly.class);

  private final WorkerFactory factory;

  private final Settings settings;

  private final ConfigurableListableBeanFactory beanFactory;

  private final Object planning = new Object();

  private final BackgroundScan workflowScan;

  private @Nullable List<WorkerDefinition> definitions;

  private @Nullable Assembled assembled;

  /**
   * Creates the assembly and starts scanning for workflow classes; nothing is planned until every
   * singleton exists.
   *
   * @param factory the SDK worker factory to register the workers on
   * @param settings what to assemble
   * @param beanFactory the application's bean factory, holding the activity beans
   */
  public WorkerAssembly(
      WorkerFactory factory, Settings settings, ConfigurableListableBeanFactory beanFactory) {
    this.factory = factory;
    this.settings = settings;
    this.beanFactory = beanFactory;
    EarlyWorkflowScan early = beanFactory.getBeanProvider(EarlyWorkflowScan.class).getIfUnique();
    BackgroundScan started =
        (early != null)
            ? early.take(settings.packages(), settings.environment(), settings.resourceLoader())
            : null;
    this.workflowScan =
        (started != null)
            ? started
            : BackgroundScan.start(
                () ->
                    WorkflowClassScanner.scan(
                        settings.packages(), settings.environment(), settings.resourceLoader()));
  }

  /**
   * Returns the plan, assembling it first if no one asked before. Readers that run once every
   * singleton exists (typed clients, the actuator) may come before this bean's own callback.
   *
   * @return the assembled plan
   */
  public synchronized WorkerPlan plan() {
    return assembled().plan();
  }

  /**
   * Returns the channel the workers poll through.
   *
   * @return the service stubs of the factory's client
   */
  public WorkflowServiceStubs serviceStubs() {
    return this.factory.getWorkflowClient().getWorkflowServiceStubs();
  }

  @Override
  public void afterSingletonsInstantiated() {
    assembled();
  }

  /**
   * Assembles once, on the first call, and tells the listeners then: with lazy initialization the
   * first reader, not this bean's callback, may come first.
   */
  private synchronized Assembled assembled() {
    Assembled result = this.assembled;
    if (result == null) {
      result = assemble();
      this.assembled = result;
      for (WorkerAssemblyListener listener :
          this.beanFactory.getBeanProvider(WorkerAssemblyListener.class).orderedStream().toList()) {
        listener.workersAssembled(result.plan(), result.registrar());
      }
    }
    return result;
  }

  /**
   * Plans this namespace's workers once. Kept apart from the rest of the assembly, under a lock of
   * its own, because the other namespaces' assemblies read it and it reads none of them.
   */
  private List<WorkerDefinition> definitions() {
    synchronized (this.planning) {
      List<WorkerDefinition> result = this.definitions;
      if (result == null) {
        result = planDefinitions();
        this.definitions = result;
      }
      return result;
    }
  }

  private List<WorkerDefinition> planDefinitions() {
    Settings settings = this.settings;
    Environment environment = settings.environment();
    NamespaceMembers members = new NamespaceMembers(settings.namespace(), settings.aliases());
    return new WorkerPlanner(
            environment, this.beanFactory, settings.resourceLoader().getClassLoader())
        .plan(
            settings.workers(),
            settings.defaultWorkerOptions(),
            members.workflows(this.workflowScan.join()),
            members.beans(settings.declarations().activityBeans(this.beanFactory), "@ActivityImpl"),
            members.beans(
                settings.declarations().nexusServiceBeans(this.beanFactory), "@NexusServiceImpl"));
  }

  /**
   * The definitions of every namespace's workers: {@code temporal.activities} and {@code
   * temporal.nexus.services} apply to all namespaces, so a key may name what only another one uses.
   */
  private List<WorkerDefinition> applicationDefinitions() {
    if (this.settings.aliases().isEmpty()) {
      return definitions();
    }
    List<WorkerDefinition> all = new ArrayList<>();
    for (WorkerAssembly assembly : this.beanFactory.getBeansOfType(WorkerAssembly.class).values()) {
      all.addAll(assembly.definitions());
    }
    return all;
  }

  private Assembled assemble() {
    Settings settings = this.settings;
    Environment environment = settings.environment();
    ClassLoader classLoader = settings.resourceLoader().getClassLoader();
    List<WorkerDefinition> definitions = definitions();
    List<WorkerDefinition> application = applicationDefinitions();
    ActivityOptionsCatalog activityOptions =
        new ActivityOptionsCatalog(
            settings.stubOptions().activities(),
            activityInterfaces(definitions),
            activityInterfaces(application),
            classLoader);
    NexusServiceOptionsCatalog nexusOptions =
        new NexusServiceOptionsCatalog(
            settings.stubOptions().nexusServices(),
            nexusServices(definitions),
            nexusServices(application),
            classLoader);
    Map<String, String> nexusEndpoints = new LinkedHashMap<>(nexusOptions.endpoints());
    WorkerRegistrar registrar =
        new WorkerRegistrar(
            this.factory,
            this.beanFactory,
            settings.customizers(),
            activityOptions,
            (type, annotation, where) ->
                InjectedActivityStub.of(
                    type, annotation, where, activityOptions, environment, classLoader),
            nexusOptions,
            (type, annotation, where) -> {
              InjectedNexusStub stub =
                  InjectedNexusStub.of(type, annotation, where, nexusOptions, environment);
              synchronized (nexusEndpoints) {
                nexusEndpoints.putIfAbsent(stub.endpoint(), stub.endpointSource());
              }
              return stub;
            });
    for (WorkerDefinition definition : definitions) {
      registrar.register(definition);
      logger.info(
          "Temporal worker '{}' on task queue '{}'{}: workflows {}, activities {}{}",
          definition.getName(),
          definition.getTaskQueue(),
          settings.namespace().isPrimary()
              ? ""
              : " of namespace " + settings.namespace().describe(),
          definition.getWorkflowTypes(),
          definition.getActivityTypes(),
          definition.getNexusServices().isEmpty()
              ? ""
              : ", Nexus services " + definition.getNexusServiceNames());
    }
    WorkerPlan plan;
    synchronized (nexusEndpoints) {
      plan =
          new WorkerPlan(
              settings.namespace(), definitions, activityOptions, nexusOptions, nexusEndpoints);
    }
    return new Assembled(plan, registrar::registerWorkflow);
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

  /** Every Nexus service the app implements or injects: the keys YAML may configure. */
  private static Set<Class<?>> nexusServices(List<WorkerDefinition> definitions) {
    Set<Class<?>> services = new LinkedHashSet<>();
    for (WorkerDefinition definition : definitions) {
      definition.getNexusServices().forEach((n) -> services.add(n.serviceInterface()));
      definition
          .getWorkflows()
          .forEach(
              (w) ->
                  services.addAll(
                      WorkflowInstanceFactory.injectedNexusServices(w.implementation())));
    }
    return services;
  }

  private record Assembled(WorkerPlan plan, WorkflowRegistrar registrar) {}

  /**
   * What the assembly needs from the application.
   *
   * @param namespace the namespace the workers poll
   * @param aliases every alias of {@code temporal.namespaces}, to check annotations against
   * @param workers the workers the configuration declares
   * @param defaultWorkerOptions the options of a worker whose queue only annotations name
   * @param stubOptions the YAML options of activity and Nexus stubs
   * @param packages packages to scan for {@code @WorkflowImpl} classes
   * @param environment resolves placeholders in task queue names
   * @param resourceLoader the application's resource loader and class loader
   * @param customizers the application's customizers of workers and workflow implementations
   * @param declarations the annotated beans as declared, before any test replaced them
   */
  public record Settings(
      TemporalNamespace namespace,
      Set<String> aliases,
      List<WorkerDeclaration> workers,
      WorkerOptionsPlan defaultWorkerOptions,
      StubOptionLayers stubOptions,
      List<String> packages,
      Environment environment,
      ResourceLoader resourceLoader,
      WorkerCustomizers customizers,
      AnnotatedBeanDeclarations declarations) {}
}
