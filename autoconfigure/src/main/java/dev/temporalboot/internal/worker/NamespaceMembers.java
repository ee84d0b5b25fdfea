package dev.temporalboot.internal.worker;

import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.internal.worker.AnnotatedBeanDeclarations.Declared;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the annotated classes and beans of one namespace by their {@code namespace} attribute, and
 * rejects an attribute that names no configured alias: such a class would otherwise run nowhere.
 */
final class NamespaceMembers {

  private final TemporalNamespace namespace;

  private final Set<String> aliases;

  /**
   * @param namespace the namespace whose members to pick
   * @param aliases every alias of {@code temporal.namespaces}
   */
  NamespaceMembers(TemporalNamespace namespace, Set<String> aliases) {
    this.namespace = namespace;
    this.aliases = aliases;
  }

  List<Class<?>> workflows(Collection<Class<?>> annotated) {
    return annotated.stream()
        .filter(
            (type) ->
                isMember(
                    type.getAnnotation(WorkflowImpl.class).namespace(),
                    "@WorkflowImpl on " + type.getName()))
        .toList();
  }

  Map<String, String[]> beans(Map<String, Declared> annotated, String annotation) {
    Map<String, String[]> members = new LinkedHashMap<>();
    annotated.forEach(
        (beanName, declared) -> {
          if (isMember(declared.namespace(), annotation + " on bean '" + beanName + "'")) {
            members.put(beanName, declared.taskQueues());
          }
        });
    return members;
  }

  private boolean isMember(String alias, String source) {
    String trimmed = alias.trim();
    if (!trimmed.isEmpty() && !this.aliases.contains(trimmed)) {
      throw new InvalidTemporalComponentException(
          source,
          "its namespace '"
              + alias
              + "' is no alias of temporal.namespaces"
              + (this.aliases.isEmpty() ? " (none is configured)." : " " + this.aliases + "."),
          "Use one of the aliases, add temporal.namespaces."
              + trimmed
              + ".namespace, or remove the attribute for the primary namespace.");
    }
    return trimmed.equals(this.namespace.alias());
  }
}
