package dev.temporalboot.internal.worker;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.ClassNames;
import dev.temporalboot.internal.check.ClassNames.Kind;
import dev.temporalboot.internal.check.Placeholders;
import dev.temporalboot.internal.nexus.NexusServiceBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Merges the YAML {@code temporal.workers} with {@link WorkflowImpl} classes, {@link ActivityImpl}
 * beans and {@code NexusServiceImpl} beans into one definition per task queue, and rejects every
 * inconsistency.
 */
final class WorkerPlanner {

  private final PropertyResolver placeholders;

  private final ListableBeanFactory beanFactory;

  private final @Nullable ClassLoader classLoader;

  private final Map<String, Draft> byTaskQueue = new LinkedHashMap<>();

  /**
   * Task queues as written to their resolved form: a thousand classes naming one placeholder ask
   * the environment, which walks every property source, once.
   */
  private final Map<String, String> resolvedQueues = new HashMap<>();

  private @Nullable WorkerOptionsPlan defaultOptions;

  WorkerPlanner(
      PropertyResolver placeholders,
      ListableBeanFactory beanFactory,
      @Nullable ClassLoader classLoader) {
    this.placeholders = placeholders;
    this.beanFactory = beanFactory;
    this.classLoader = classLoader;
  }

  List<WorkerDefinition> plan(
      List<WorkerDeclaration> declared,
      WorkerOptionsPlan defaultOptions,
      Collection<Class<?>> annotatedWorkflows,
      Map<String, String[]> annotatedActivityBeans,
      Map<String, String[]> annotatedNexusBeans) {
    this.defaultOptions = defaultOptions;
    for (WorkerDeclaration declaration : declared) {
      addDeclared(declaration);
    }
    for (Class<?> workflowClass : annotatedWorkflows) {
      WorkflowImpl annotation = workflowClass.getAnnotation(WorkflowImpl.class);
      String source = "@WorkflowImpl on " + workflowClass.getName();
      for (String queue : taskQueues(annotation.taskQueues(), source)) {
        addWorkflow(worker(queue), workflowClass, "@WorkflowImpl");
      }
    }
    annotatedActivityBeans.forEach(
        (beanName, queues) -> {
          String source = "@ActivityImpl on bean '" + beanName + "'";
          for (String queue : taskQueues(queues, source)) {
            addActivity(worker(queue), beanName, "");
          }
        });
    annotatedNexusBeans.forEach(
        (beanName, queues) -> {
          String source = "@NexusServiceImpl on bean '" + beanName + "'";
          for (String queue : taskQueues(queues, source)) {
            addNexusService(worker(queue), beanName, "");
          }
        });
    return this.byTaskQueue.values().stream().map(Draft::definition).toList();
  }

  private void addDeclared(WorkerDeclaration declaration) {
    String prefix = declaration.propertyPrefix();
    String queue = declaration.taskQueue();
    if (!StringUtils.hasText(queue)) {
      throw new InvalidTemporalPropertyException(
          prefix + ".task-queue",
          "it is missing or blank; every worker polls exactly one task queue.",
          "Set " + prefix + ".task-queue to the queue name, e.g. 'orders'.");
    }
    Placeholders.requireResolved(prefix + ".task-queue", queue);
    if (this.byTaskQueue.containsKey(queue)) {
      throw new InvalidTemporalPropertyException(
          prefix + ".task-queue",
          "task queue '" + queue + "' is declared by another temporal.workers entry too.",
          "Merge the two entries: one worker per task queue.");
    }
    String name = StringUtils.hasText(declaration.name()) ? declaration.name() : queue;
    for (Draft existing : this.byTaskQueue.values()) {
      if (existing.name.equals(name)) {
        throw new InvalidTemporalPropertyException(
            prefix + ".name",
            "worker name '"
                + name
                + "' is used by the worker of task queue '"
                + existing.taskQueue
                + "' too.",
            "Give each worker its own name.");
      }
    }
    declaration.options().start(); // checks the entry's options, as the queue just above
    Draft worker = new Draft(name, queue, declaration.options(), prefix);
    this.byTaskQueue.put(queue, worker);
    List<String> classes = declaration.workflowClasses();
    for (int j = 0; j < classes.size(); j++) {
      String property = prefix + ".workflow-classes[" + j + "]";
      addWorkflow(
          worker,
          ClassNames.load(property, classes.get(j), Kind.WORKFLOW_IMPLEMENTATION, this.classLoader),
          prefix);
    }
    List<String> beans = declaration.activityBeans();
    for (int j = 0; j < beans.size(); j++) {
      String beanName = beans.get(j);
      if (!StringUtils.hasText(beanName) || !this.beanFactory.containsBean(beanName)) {
        throw new InvalidTemporalPropertyException(
            prefix + ".activity-beans[" + j + "]",
            "there is no bean named '" + beanName + "'.",
            "Use the name of an activity bean in this context (by default the class name with a"
                + " lower-case first letter, e.g. 'paymentActivitiesImpl').");
      }
      addActivity(worker, beanName, ", named in " + prefix + ".activity-beans[" + j + "]");
    }
    List<String> nexusBeans = declaration.nexusServiceBeans();
    for (int j = 0; j < nexusBeans.size(); j++) {
      String beanName = nexusBeans.get(j);
      String property = prefix + ".nexus-service-beans[" + j + "]";
      if (!StringUtils.hasText(beanName) || !this.beanFactory.containsBean(beanName)) {
        throw new InvalidTemporalPropertyException(
            property,
            "there is no bean named '" + beanName + "'.",
            "Use the name of a Nexus service bean in this context (by default the class name with a"
                + " lower-case first letter, e.g. 'paymentServiceImpl').");
      }
      addNexusService(worker, beanName, ", named in " + property);
    }
  }

  private List<String> taskQueues(String[] queues, String source) {
    if (queues.length == 0) {
      throw new InvalidTemporalComponentException(
          source, "it names no task queue.", "List at least one queue in taskQueues.");
    }
    return java.util.Arrays.stream(queues)
        .map(
            (queue) -> {
              String resolved = this.resolvedQueues.get(queue);
              if (resolved == null) {
                resolved = Placeholders.resolve(this.placeholders, queue, source, "taskQueues");
                this.resolvedQueues.put(queue, resolved);
              }
              if (!StringUtils.hasText(resolved)) {
                throw new InvalidTemporalComponentException(
                    source,
                    "task queue '" + queue + "' is blank.",
                    "Name a task queue, e.g. taskQueues = \"orders\".");
              }
              return resolved.trim();
            })
        .distinct()
        .toList();
  }

  private Draft worker(String queue) {
    return this.byTaskQueue.computeIfAbsent(
        queue, (q) -> new Draft(q, q, Objects.requireNonNull(this.defaultOptions), null));
  }

  private void addWorkflow(Draft worker, Class<?> workflowClass, String source) {
    if (worker.workflowClasses.contains(workflowClass)) {
      return;
    }
    WorkflowRegistration registration = ComponentIntrospector.workflow(workflowClass, source);
    WorkflowRegistration other = worker.firstWorkflowWithAnyOf(registration.workflowTypes());
    if (other != null) {
      String type = firstShared(registration.workflowTypes(), other.workflowTypes());
      throw new InvalidTemporalComponentException(
          "Workflow type '" + type + "' on task queue '" + worker.taskQueue + "'",
          "it is implemented by both "
              + other.implementation().getName()
              + " and "
              + workflowClass.getName()
              + "; a worker can run only one implementation of a"
              + " type.",
          "Register one of them on another task queue, or remove one.");
    }
    worker.add(registration);
  }

  /** Adds a bean; {@code namedIn} says where YAML names it, for error messages. */
  private void addActivity(Draft worker, String beanName, String namedIn) {
    if (worker.activityBeanNames.contains(beanName)) {
      return;
    }
    ActivityRegistration registration =
        ComponentIntrospector.activity(beanName, this.beanFactory.getBean(beanName), namedIn);
    if (worker.activityBeans.containsKey(registration.bean())) {
      return;
    }
    ActivityRegistration other = worker.firstActivityWithAnyOf(registration.activityTypes());
    if (other != null) {
      String type = firstShared(registration.activityTypes(), other.activityTypes());
      throw new InvalidTemporalComponentException(
          "Activity type '" + type + "' on task queue '" + worker.taskQueue + "'",
          "it is implemented by both bean '" + other.beanName() + "' and bean '" + beanName + "'.",
          "Register one of them on another task queue, or rename the activity with"
              + " @ActivityMethod(name = ...) or @ActivityInterface(namePrefix = ...).");
    }
    worker.add(registration);
  }

  private static String firstShared(List<String> types, List<String> others) {
    return types.stream().filter(others::contains).findFirst().orElseThrow();
  }

  /** Adds a Nexus service bean; {@code namedIn} says where YAML names it, for error messages. */
  private void addNexusService(Draft worker, String beanName, String namedIn) {
    if (worker.nexusServices.stream().anyMatch((n) -> n.beanName().equals(beanName))) {
      return;
    }
    NexusServiceBean service =
        NexusServiceBean.of(beanName, this.beanFactory.getBean(beanName), namedIn);
    for (NexusServiceBean other : worker.nexusServices) {
      if (other.bean() == service.bean()) {
        return;
      }
      if (other.serviceName().equals(service.serviceName())) {
        throw new InvalidTemporalComponentException(
            "Nexus service '"
                + service.serviceName()
                + "' on task queue '"
                + worker.taskQueue
                + "'",
            "it is implemented by both bean '"
                + other.beanName()
                + "' and bean '"
                + beanName
                + "'"
                + namedIn
                + "; a worker can handle a service with only one bean.",
            "Register one of them on another task queue, or remove one.");
      }
    }
    worker.nexusServices.add(service);
  }

  /** A worker while the planner still adds to it. */
  private static final class Draft {

    private final String name;

    private final String taskQueue;

    private final WorkerOptionsPlan options;

    private final @Nullable String propertyPrefix;

    private final List<WorkflowRegistration> workflows = new ArrayList<>();

    private final List<ActivityRegistration> activities = new ArrayList<>();

    // Indexes of the lists above, so that checking a new component does not walk every other one.
    private final Set<Class<?>> workflowClasses = new HashSet<>();

    private final Map<String, Integer> workflowIndexByType = new HashMap<>();

    private final Set<String> activityBeanNames = new HashSet<>();

    private final Map<Object, Boolean> activityBeans = new IdentityHashMap<>();

    private final Map<String, Integer> activityIndexByType = new HashMap<>();

    private final List<NexusServiceBean> nexusServices = new ArrayList<>();

    Draft(
        String name, String taskQueue, WorkerOptionsPlan options, @Nullable String propertyPrefix) {
      this.name = name;
      this.taskQueue = taskQueue;
      this.options = options;
      this.propertyPrefix = propertyPrefix;
    }

    void add(WorkflowRegistration workflow) {
      int index = this.workflows.size();
      this.workflows.add(workflow);
      this.workflowClasses.add(workflow.implementation());
      workflow.workflowTypes().forEach((type) -> this.workflowIndexByType.putIfAbsent(type, index));
    }

    void add(ActivityRegistration activity) {
      int index = this.activities.size();
      this.activities.add(activity);
      this.activityBeanNames.add(activity.beanName());
      this.activityBeans.put(activity.bean(), Boolean.TRUE);
      activity.activityTypes().forEach((type) -> this.activityIndexByType.putIfAbsent(type, index));
    }

    /** The earliest added workflow implementing one of the types, as a walk in order finds it. */
    @Nullable WorkflowRegistration firstWorkflowWithAnyOf(List<String> types) {
      int index = firstIndex(this.workflowIndexByType, types);
      return (index < 0) ? null : this.workflows.get(index);
    }

    /** The earliest added activity bean implementing one of the types. */
    @Nullable ActivityRegistration firstActivityWithAnyOf(List<String> types) {
      int index = firstIndex(this.activityIndexByType, types);
      return (index < 0) ? null : this.activities.get(index);
    }

    private static int firstIndex(Map<String, Integer> indexByType, List<String> types) {
      int first = -1;
      for (String type : types) {
        Integer index = indexByType.get(type);
        if (index != null && (first < 0 || index < first)) {
          first = index;
        }
      }
      return first;
    }

    WorkerDefinition definition() {
      return new WorkerDefinition(
          this.name,
          this.taskQueue,
          this.options,
          this.propertyPrefix,
          this.workflows,
          this.activities,
          this.nexusServices);
    }
  }
}
