package dev.temporalboot.internal.client;

import dev.temporalboot.internal.scan.AnnotatedTypes;
import dev.temporalboot.internal.worker.WorkerDefinition;
import io.temporal.workflow.WorkflowInterface;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The workflow interfaces a simple name in {@code temporal.workflows} can mean: those implemented
 * by a registered workflow, else those declared below the application's packages (so a client-only
 * application can use simple names too). The scan runs only when a name is not registered.
 */
final class WorkflowInterfaceNames {

  private final Collection<WorkerDefinition> definitions;

  private final List<String> packages;

  private final Environment environment;

  private final ResourceLoader resourceLoader;

  private @Nullable Set<Class<?>> scanned;

  WorkflowInterfaceNames(
      Collection<WorkerDefinition> definitions,
      List<String> packages,
      Environment environment,
      ResourceLoader resourceLoader) {
    this.definitions = definitions;
    this.packages = packages;
    this.environment = environment;
    this.resourceLoader = resourceLoader;
  }

  /** Finds interfaces by simple name, ignoring case, as environment variables lose it. */
  Set<Class<?>> find(String simpleName) {
    Set<Class<?>> found = withSimpleName(registered(), simpleName);
    return found.isEmpty() ? withSimpleName(scanned(), simpleName) : found;
  }

  /** Returns every simple name known, for error messages. */
  Set<String> all() {
    Set<String> names = new TreeSet<>();
    registered().forEach((type) -> names.add(type.getSimpleName()));
    scanned().forEach((type) -> names.add(type.getSimpleName()));
    return names;
  }

  private Set<Class<?>> registered() {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (WorkerDefinition definition : this.definitions) {
      definition.getWorkflows().forEach((w) -> interfaces.addAll(w.workflowInterfaces()));
    }
    return interfaces;
  }

  private Set<Class<?>> scanned() {
    if (this.scanned == null) {
      this.scanned =
          AnnotatedTypes.find(
              WorkflowInterface.class,
              AnnotationMetadata::isInterface,
              this.packages,
              this.environment,
              this.resourceLoader);
    }
    return this.scanned;
  }

  private static Set<Class<?>> withSimpleName(Set<Class<?>> interfaces, String simpleName) {
    Set<Class<?>> matching = new LinkedHashSet<>();
    interfaces.stream()
        .filter((i) -> i.getSimpleName().equalsIgnoreCase(simpleName))
        .forEach(matching::add);
    return matching;
  }
}
