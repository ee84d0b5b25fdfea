package dev.temporalboot.internal.schedule;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.worker.WorkerDefinition;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.metadata.POJOWorkflowInterfaceMetadata;
import io.temporal.common.metadata.POJOWorkflowMethodMetadata;
import io.temporal.workflow.WorkflowInterface;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Finds the workflow a schedule names among the interfaces this application registers or configures
 * in {@code temporal.workflows}: by simple name (ignoring case), by workflow type name, or by fully
 * qualified name (bracketed or not) of any workflow interface on the classpath.
 */
final class ScheduleWorkflows {

  /**
   * The workflow a schedule starts.
   *
   * @param workflowInterface its interface
   * @param type its workflow type name
   * @param method its workflow method, whose parameters the arguments convert to
   */
  record Target(Class<?> workflowInterface, String type, Method method) {}

  private final Collection<WorkerDefinition> definitions;

  private final Map<Class<?>, WorkflowOptions> defaults;

  private final @Nullable ClassLoader classLoader;

  ScheduleWorkflows(
      Collection<WorkerDefinition> definitions,
      Map<Class<?>, WorkflowOptions> defaults,
      @Nullable ClassLoader classLoader) {
    this.definitions = definitions;
    this.defaults = defaults;
    this.classLoader = classLoader;
  }

  Target find(String written, String property) {
    String trimmed = written.trim();
    String name =
        (trimmed.startsWith("[") && trimmed.endsWith("]"))
            ? trimmed.substring(1, trimmed.length() - 1).trim()
            : trimmed;
    Set<Class<?>> known = known();
    Set<Class<?>> matches = new LinkedHashSet<>();
    for (Class<?> type : known) {
      if (type.getName().equals(name) || type.getSimpleName().equalsIgnoreCase(name)) {
        matches.add(type);
      }
    }
    if (matches.isEmpty()) {
      known.stream().filter((type) -> typeName(type).equals(name)).forEach(matches::add);
    }
    if (matches.isEmpty() && name.contains(".")) {
      Class<?> loaded = load(name);
      if (loaded != null) {
        matches.add(loaded);
      }
    }
    if (matches.size() > 1) {
      throw new InvalidTemporalPropertyException(
          property,
          "'" + written + "' names several workflow interfaces: " + names(matches, true) + ".",
          "Name the workflow by its fully qualified interface name.");
    }
    if (matches.isEmpty()) {
      throw new InvalidTemporalPropertyException(
          property,
          "'"
              + written
              + "' names no workflow of this application: it is neither the simple name, the"
              + " workflow type nor the fully qualified name of a @WorkflowInterface.",
          "Use one of " + candidates(known) + ", or a fully qualified interface name.");
    }
    Class<?> found = matches.iterator().next();
    POJOWorkflowMethodMetadata method = workflowMethod(found, property);
    return new Target(found, method.getName(), method.getWorkflowMethod());
  }

  /** Start options that {@code temporal.workflows} gives the interface, or none. */
  WorkflowOptions defaults(Class<?> workflowInterface) {
    WorkflowOptions options = this.defaults.get(workflowInterface);
    return (options != null) ? options : WorkflowOptions.newBuilder().build();
  }

  /** The task queues of this application's workers that implement the interface. */
  List<String> queuesOf(Class<?> workflowInterface) {
    return this.definitions.stream()
        .filter(
            (definition) ->
                definition.getWorkflows().stream()
                    .anyMatch((w) -> w.workflowInterfaces().contains(workflowInterface)))
        .map(WorkerDefinition::getTaskQueue)
        .distinct()
        .toList();
  }

  private Set<Class<?>> known() {
    Set<Class<?>> known = new LinkedHashSet<>();
    this.definitions.forEach(
        (definition) ->
            definition.getWorkflows().forEach((w) -> known.addAll(w.workflowInterfaces())));
    known.addAll(this.defaults.keySet());
    return known;
  }

  private @Nullable Class<?> load(String name) {
    try {
      Class<?> type = ClassUtils.forName(name, this.classLoader);
      return (type.isInterface() && type.isAnnotationPresent(WorkflowInterface.class))
          ? type
          : null;
    } catch (ClassNotFoundException | LinkageError ex) {
      return null;
    }
  }

  private static POJOWorkflowMethodMetadata workflowMethod(Class<?> type, String property) {
    return POJOWorkflowInterfaceMetadata.newInstance(type)
        .getWorkflowMethod()
        .orElseThrow(
            () ->
                new InvalidTemporalPropertyException(
                    property,
                    type.getName() + " has no @WorkflowMethod, so a schedule cannot start it.",
                    "Name the interface that declares the workflow method."));
  }

  private static String typeName(Class<?> type) {
    return POJOWorkflowInterfaceMetadata.newInstance(type)
        .getWorkflowMethod()
        .map(POJOWorkflowMethodMetadata::getName)
        .orElse("");
  }

  private static String candidates(Set<Class<?>> known) {
    if (known.isEmpty()) {
      return "the simple name of a @WorkflowInterface registered on a worker (none is)";
    }
    Set<String> names = new TreeSet<>();
    known.forEach(
        (type) -> {
          names.add(type.getSimpleName());
          String typeName = typeName(type);
          if (!typeName.isEmpty()) {
            names.add(typeName);
          }
        });
    return names.toString();
  }

  private static String names(Set<Class<?>> types, boolean qualified) {
    return String.join(
        ", ",
        types.stream().map((t) -> qualified ? t.getName() : t.getSimpleName()).sorted().toList());
  }
}
