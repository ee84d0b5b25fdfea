package dev.temporalboot.internal.client;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.WorkflowInterface;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * The {@code temporal.workflows} entries resolved to their workflow interfaces, each with its start
 * options. Resolving fails on a key that names no workflow interface (a typo must not be ignored),
 * on two keys for one interface, and on any invalid value.
 */
final class WorkflowDefaults {

  /** One resolved entry: its key, the property prefix to name in errors, and its options. */
  record Entry(String key, String prefix, WorkflowOptions options) {}

  private final String root;

  private final Map<Class<?>, Entry> byInterface;

  private WorkflowDefaults(String root, Map<Class<?>, Entry> byInterface) {
    this.root = root;
    this.byInterface = byInterface;
  }

  static WorkflowDefaults resolve(
      String root,
      Map<String, DefaultTemporalWorkflows.StartOptions> configured,
      WorkflowInterfaceNames names,
      @Nullable ClassLoader classLoader) {
    Map<String, DefaultTemporalWorkflows.StartOptions> entries = new LinkedHashMap<>(configured);
    Map<Class<?>, Entry> byInterface = new LinkedHashMap<>();
    entries.forEach(
        (key, startOptions) -> {
          String prefix = prefix(root, key);
          Class<?> workflowInterface = workflowInterface(key, root, prefix, names, classLoader);
          Entry previous = byInterface.get(workflowInterface);
          if (previous != null) {
            throw new InvalidTemporalPropertyException(
                prefix,
                "it configures "
                    + workflowInterface.getName()
                    + ", which "
                    + previous.prefix()
                    + " configures too.",
                "Keep one of the two keys, by simple or by fully qualified name.");
          }
          WorkflowOptions options = startOptions.build(prefix);
          byInterface.put(workflowInterface, new Entry(key, prefix, options));
        });
    return new WorkflowDefaults(root, byInterface);
  }

  @Nullable Entry find(Class<?> workflowInterface) {
    return this.byInterface.get(workflowInterface);
  }

  /** Returns the start options from YAML of every configured workflow interface. */
  Map<Class<?>, WorkflowOptions> options() {
    Map<Class<?>, WorkflowOptions> options = new LinkedHashMap<>();
    this.byInterface.forEach((type, entry) -> options.put(type, entry.options()));
    return options;
  }

  /** Returns the property prefix of an interface's entry, whether or not it is configured. */
  String prefixOf(Class<?> workflowInterface) {
    Entry entry = find(workflowInterface);
    return (entry != null) ? entry.prefix() : prefix(this.root, workflowInterface.getSimpleName());
  }

  private static String prefix(String root, String key) {
    return key.contains(".") ? root + "[" + key + "]" : root + "." + key;
  }

  private static Class<?> workflowInterface(
      String key,
      String root,
      String prefix,
      WorkflowInterfaceNames names,
      @Nullable ClassLoader classLoader) {
    if (!key.contains(".")) {
      Set<Class<?>> matches = names.find(key);
      if (matches.size() > 1) {
        throw new InvalidTemporalPropertyException(
            prefix,
            "'"
                + key
                + "' is the simple name of several workflow interfaces: "
                + matches.stream().map(Class::getName).sorted().collect(Collectors.joining(", "))
                + ".",
            "Key the entry by the fully qualified name instead, in brackets: "
                + root
                + "["
                + matches.iterator().next().getName()
                + "].");
      }
      if (matches.size() == 1) {
        return matches.iterator().next();
      }
    }
    Class<?> type = null;
    try {
      type = ClassUtils.forName(key, classLoader);
    } catch (ClassNotFoundException | LinkageError ex) {
      // reported below
    }
    if (type == null || !type.isInterface() || !type.isAnnotationPresent(WorkflowInterface.class)) {
      throw new InvalidTemporalPropertyException(
          prefix,
          "'"
              + key
              + "' names no workflow interface: it is neither the simple name of a"
              + " @WorkflowInterface of this application nor the fully qualified name of a"
              + " @WorkflowInterface on the classpath.",
          "Use one of "
              + names.all()
              + ", or a fully qualified name in brackets, e.g. "
              + root
              + "[com.acme.OrderWorkflow] (in YAML: '[com.acme.OrderWorkflow]':).");
    }
    return type;
  }
}
