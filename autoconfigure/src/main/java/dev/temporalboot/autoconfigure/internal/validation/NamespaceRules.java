package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.autoconfigure.NamespaceProperties;
import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.autoconfigure.WorkerProperties;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.StringUtils;

/**
 * The rules of {@code temporal.namespaces} as a whole: aliases that can serve as qualifier, bean
 * name suffix and health component name, each alias once, and no task queue polled twice in one
 * namespace of one server.
 */
final class NamespaceRules {

  private static final String PREFIX = "temporal.namespaces";

  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  /** The primary namespace's health components, beside which the aliases' sit. */
  private static final Set<String> RESERVED = Set.of("connection", "workers", "nexus");

  private NamespaceRules() {}

  /**
   * Checks the aliases as written in the property sources, where Spring Boot silently drops
   * characters it cannot take in a name ({@code a/b} is read as {@code ab}), then as bound.
   */
  static void checkAliases(
      Iterable<PropertySource<?>> sources, Map<String, NamespaceProperties> namespaces) {
    for (PropertySource<?> source : sources) {
      if (source instanceof EnumerablePropertySource<?> enumerable
          && !(source instanceof SystemEnvironmentPropertySource)) {
        for (String name : enumerable.getPropertyNames()) {
          checkWritten(name);
        }
      }
    }
    Map<String, String> byUniform = new HashMap<>();
    for (String alias : namespaces.keySet()) {
      check(alias, key(alias));
      String other = byUniform.putIfAbsent(uniform(alias), alias);
      if (other != null) {
        throw new InvalidTemporalPropertyException(
            key(alias),
            "it is the same alias as " + key(other) + " in Spring Boot's relaxed spelling.",
            "Write the alias one way only: merge " + key(other) + " and " + key(alias) + ".");
      }
    }
  }

  /**
   * Fails when two worker entries of different lists poll the same task queue of the same namespace
   * on the same server; a queue repeated in one list is reported by worker planning.
   */
  static void checkQueues(TemporalProperties properties) {
    String primaryTarget = text(properties.getConnection().getTarget());
    Map<String, String> seen = new HashMap<>();
    String primary = properties.getConnection().getNamespace();
    add(seen, "temporal.workers", properties.getWorkers(), primary, primaryTarget);
    properties
        .getNamespaces()
        .forEach(
            (alias, entry) -> {
              String name =
                  StringUtils.hasText(entry.getNamespace()) ? entry.getNamespace().trim() : alias;
              String target = text(entry.getConnection().getTarget());
              add(
                  seen,
                  key(alias) + ".workers",
                  entry.getWorkers(),
                  name,
                  target.isEmpty() ? primaryTarget : target);
            });
  }

  private static void add(
      Map<String, String> seen,
      String list,
      List<WorkerProperties> workers,
      String namespace,
      String target) {
    Map<String, String> own = new HashMap<>();
    for (int i = 0; i < workers.size(); i++) {
      String queue = workers.get(i).getTaskQueue();
      if (!StringUtils.hasText(queue)) {
        continue;
      }
      String key = list + "[" + i + "].task-queue";
      String polled = String.join("\u0000", namespace, target, queue);
      String other = seen.get(polled);
      if (other != null && !own.containsKey(polled)) {
        throw new InvalidTemporalPropertyException(
            key,
            "it is '"
                + queue
                + "', as is "
                + other
                + ", and both entries reach namespace '"
                + namespace
                + "' on the same server: two workers would poll the same queue of namespace "
                + namespace
                + ".",
            "Merge the two entries into one, or point one of them at another namespace"
                + " (temporal.namespaces.<alias>.namespace) or server (.connection.target).");
      }
      seen.putIfAbsent(polled, key);
      own.putIfAbsent(polled, key);
    }
  }

  private static void checkWritten(String name) {
    if (!name.startsWith(PREFIX + ".")) {
      return;
    }
    String rest = name.substring(PREFIX.length() + 1);
    int end = rest.indexOf('.');
    String alias = (end < 0) ? rest : rest.substring(0, end);
    int bracket = alias.indexOf('[');
    alias = (bracket < 0) ? alias : alias.substring(0, bracket);
    if (!alias.isEmpty()) {
      check(alias, PREFIX + "." + alias);
    }
  }

  private static void check(String alias, String key) {
    if (!ALIAS.matcher(alias).matches()) {
      throw new InvalidTemporalPropertyException(
          key,
          "alias '"
              + alias
              + "' is not usable as a bean qualifier, bean name suffix and health component name.",
          "Name the alias with letters, digits, '-' and '_', starting with a letter or digit,"
              + " e.g. temporal.namespaces.billing; its Temporal namespace may be any name: set"
              + " it in temporal.namespaces.<alias>.namespace.");
    }
    if (RESERVED.contains(uniform(alias))) {
      throw new InvalidTemporalPropertyException(
          key,
          "alias '"
              + alias
              + "' is reserved: "
              + String.join(", ", RESERVED.stream().sorted().toList())
              + " are the primary namespace's health components, beside which each alias's sit.",
          "Choose another alias, e.g. temporal.namespaces."
              + alias
              + "-ns; set temporal.namespaces.<alias>.namespace to keep the namespace's name.");
    }
  }

  private static String key(String alias) {
    return ALIAS.matcher(alias).matches() ? PREFIX + "." + alias : PREFIX + "[" + alias + "]";
  }

  private static String uniform(String alias) {
    return alias.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static String text(@Nullable String value) {
    return (value != null) ? value.trim() : "";
  }
}
