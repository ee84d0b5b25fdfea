package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.autoconfigure.NamespaceProperties;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.Group;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.ListOf;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.MapOf;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.Value;
import dev.temporalboot.diagnostics.UnknownTemporalPropertyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Finds {@code temporal.*} keys that no property has, in every property source, against the schema
 * of the properties classes. A key is judged by its path alone, never by whether binding used it,
 * so a list that a higher-priority source replaced (Spring takes a list whole from one source) is
 * never reported; a typo inside such a list is not reported either, as Spring ignores it.
 */
final class UnknownKeys {

  private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("temporal");

  /** The endings of Kubernetes' service-link variables, e.g. _SERVICE_PORT or _PORT_7233_TCP. */
  private static final Pattern SERVICE_LINK =
      Pattern.compile("_(service_host|service_port(_.+)?|port|port_\\d+_(tcp|udp|sctp)(_.+)?)$");

  private static final String BRACKETS = "a map key with dots must be written in brackets";

  private final Group schema;

  UnknownKeys(Group schema) {
    this.schema = schema;
  }

  /**
   * Checks the keys of the sources, highest priority first.
   *
   * @throws UnknownTemporalPropertyException naming each unknown key, its source and a suggestion
   */
  void check(Iterable<ConfigurationPropertySource> sources) {
    Map<String, Integer> listOwners = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int rank = 0;
    for (ConfigurationPropertySource source : sources) {
      int owner = rank;
      if (source instanceof IterableConfigurationPropertySource iterable) {
        boolean environment = isSystemEnvironment(source);
        for (ConfigurationPropertyName name : (Iterable<ConfigurationPropertyName>) iterable) {
          if (!PREFIX.isAncestorOf(name)) {
            continue;
          }
          Verdict verdict = judge(name);
          // The first source with an entry of a list owns it whole; Spring ignores the others.
          if (verdict.listPath() != null
              && listOwners.computeIfAbsent(verdict.listPath(), (path) -> owner) != owner) {
            continue;
          }
          if (verdict.problem() == null || (environment && !isOurs(name))) {
            continue;
          }
          ConfigurationProperty property = source.getConfigurationProperty(name);
          Object origin = (property != null) ? property.getOrigin() : null;
          String written = PropertyNames.asWritten(name, environment);
          unknown.add(written);
          String problem = verdict.problem();
          lines.add(
              "'"
                  + written
                  + "'"
                  + (origin != null ? " (" + origin + ")" : "")
                  + ": "
                  + (environment ? forEnvironment(problem) : problem));
        }
      }
      rank++;
    }
    if (!unknown.isEmpty()) {
      throw new UnknownTemporalPropertyException(
          unknown,
          (unknown.size() == 1
                  ? "Unknown Temporal Boot property "
                  : "Unknown Temporal Boot properties:\n  ")
              + String.join("\n  ", lines),
          lines.stream().anyMatch((line) -> line.contains(BRACKETS)));
    }
  }

  /**
   * An environment variable cannot write brackets: its words are split at underscores, so a map key
   * written with dashes or dots goes without them, and relaxed binding matches the YAML key.
   */
  private static String forEnvironment(String problem) {
    int open = problem.indexOf('[');
    int close = problem.indexOf(']', open + 1);
    int quote = problem.lastIndexOf('\'', open);
    int end = problem.indexOf('\'', close);
    if (!problem.startsWith(BRACKETS) || open < 0 || close < 0 || quote < 0 || end < 0) {
      return problem;
    }
    String key = problem.substring(open + 1, close);
    String variable =
        envWords(problem.substring(quote + 1, open))
            + "_"
            + key.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT)
            + envWords(problem.substring(close + 1, end));
    return "an environment variable cannot hold a map key's dashes or dots. Leave them out, as in '"
        + variable
        + "', which relaxed binding matches to the key '"
        + key.replace('.', '-')
        + "' of a YAML file; a key with dots must be set in a file or on the command line, in"
        + " brackets.";
  }

  private static String envWords(String dotted) {
    return dotted.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * Environment variables are read as {@code temporal.*} too, so only those whose first word after
   * TEMPORAL_ is one of ours are checked: TEMPORAL_ADDRESS (the Temporal CLI's) belongs to others,
   * and so do the variables Kubernetes sets for a service whose name starts with temporal-, e.g.
   * TEMPORAL_WORKERS_SERVICE_HOST for a service named temporal-workers.
   */
  private boolean isOurs(ConfigurationPropertyName name) {
    StringBuilder variable = new StringBuilder();
    for (int i = 0; i < name.getNumberOfElements(); i++) {
      variable.append(i > 0 ? "_" : "").append(name.getElement(i, Form.UNIFORM));
    }
    return this.schema.key(name.getElement(1, Form.UNIFORM)) != null
        && !SERVICE_LINK.matcher(variable).find();
  }

  private static boolean isSystemEnvironment(ConfigurationPropertySource source) {
    return source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource;
  }

  /** Walks the name down the schema; the first list on the way decides which source owns it. */
  private Verdict judge(ConfigurationPropertyName name) {
    PropertySchema node = this.schema;
    @Nullable String listPath = null;
    int mapKey = -1;
    int size = name.getNumberOfElements();
    for (int i = 1; i < size; i++) {
      String element = name.getElement(i, Form.UNIFORM);
      boolean indexed = isIndexed(name, i);
      if (node instanceof Group group) {
        PropertySchema next = indexed ? null : group.key(element);
        if (next == null) {
          return new Verdict(listPath, unknownIn(group, name, i, mapKey));
        }
        node = next;
      } else if (node instanceof ListOf list) {
        listPath = (listPath != null) ? listPath : name.chop(i).toString();
        if (!name.isNumericIndex(i)) {
          return new Verdict(
              listPath,
              "'"
                  + name.chop(i)
                  + "' is a list: write its entries with an index, e.g. '"
                  + name.chop(i)
                  + "[0]"
                  + rest(name, i)
                  + "'.");
        }
        node = list.element();
      } else if (node instanceof MapOf map) {
        if (map.value() instanceof Value) {
          return new Verdict(listPath, null); // the binder keeps a dotted key whole
        }
        node = map.value();
        mapKey = i;
      } else {
        return new Verdict(
            listPath,
            "'" + name.chop(i) + "' is a single value, so it has no key '" + element + "'.");
      }
    }
    if (node instanceof Group group) {
      return new Verdict(
          listPath,
          "it is a group of keys, not a value; its keys are "
              + String.join(", ", group.names())
              + ".");
    }
    return new Verdict(listPath, null);
  }

  private static String unknownIn(
      Group group, ConfigurationPropertyName name, int index, int mapKey) {
    if (group.type() == NamespaceProperties.Connection.class
        && "namespace".equals(name.getElement(index, Form.UNIFORM))) {
      // The connection is shared key by key; the namespace is the entry's own, one level up.
      return "an alias's connection has no namespace key. Set the Temporal namespace in '"
          + name.chop(index - 1)
          + ".namespace'.";
    }
    if (mapKey == index - 1 && !isIndexed(name, mapKey)) {
      String bracketed = bracketedMapKey(group, name, mapKey);
      if (bracketed != null) {
        return BRACKETS + ", as in '" + bracketed + "'.";
      }
    }
    String written = name.getElement(index, Form.ORIGINAL);
    String closest = Suggestions.closest(written, group.names());
    StringBuilder problem = new StringBuilder("no such key.");
    if (closest != null) {
      problem
          .append(" Did you mean '")
          .append(name.chop(index))
          .append('.')
          .append(closest)
          .append(rest(name, index + 1))
          .append("'?");
    }
    return problem.toString();
  }

  /** The name with the dotted map key in brackets, when a key of the group follows the dots. */
  private static @Nullable String bracketedMapKey(
      Group group, ConfigurationPropertyName name, int mapKey) {
    for (int end = mapKey + 2; end < name.getNumberOfElements(); end++) {
      if (group.key(name.getElement(end, Form.UNIFORM)) != null) {
        StringBuilder key = new StringBuilder();
        for (int i = mapKey; i < end; i++) {
          key.append(i > mapKey ? "." : "").append(name.getElement(i, Form.ORIGINAL));
        }
        return name.chop(mapKey) + "[" + key + "]" + rest(name, end);
      }
    }
    return null;
  }

  private static String rest(ConfigurationPropertyName name, int from) {
    StringBuilder rest = new StringBuilder();
    for (int i = from; i < name.getNumberOfElements(); i++) {
      String element = name.getElement(i, Form.ORIGINAL);
      rest.append(isIndexed(name, i) ? "[" + element + "]" : "." + element);
    }
    return rest.toString();
  }

  private static boolean isIndexed(ConfigurationPropertyName name, int index) {
    return name.chop(index + 1).isLastElementIndexed();
  }

  private record Verdict(@Nullable String listPath, @Nullable String problem) {}
}
