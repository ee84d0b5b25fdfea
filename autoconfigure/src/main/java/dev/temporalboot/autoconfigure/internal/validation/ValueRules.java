package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.ClassNames;
import dev.temporalboot.internal.check.ClassNames.Kind;
import dev.temporalboot.internal.check.Durations;
import dev.temporalboot.internal.check.Placeholders;
import dev.temporalboot.internal.client.CronSchedules;
import dev.temporalboot.internal.connection.Targets;
import dev.temporalboot.internal.embedded.SearchAttributeTypes;
import dev.temporalboot.internal.schedule.ScheduleValues;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The rules every bound {@code temporal.*} value must meet, by its kind and its key's name: each
 * broken rule is an {@link InvalidTemporalPropertyException} naming the full key and the fix.
 */
final class ValueRules implements PropertyWalk.Visitor {

  /** The Temporal server's default limit on ids and names (limit.maxIDLength). */
  static final int MAX_NAME_LENGTH = 1000;

  private static final Set<String> NAMES =
      Set.of(
          "namespace",
          "task-queue",
          "name",
          "build-id",
          "identity",
          "activity-beans",
          "nexus-service-beans",
          "endpoint");

  /** Text keys with a default: empty is a mistake there, not a way to leave them unset. */
  private static final Set<String> REQUIRED = Set.of("namespace", "address", "path");

  /** Slots per worker beyond any real machine's; the SDK sizes structures by them. */
  static final int MAX_SLOTS = 100_000;

  /** Pollers per worker: each is a thread holding a long poll open. */
  static final int MAX_POLLERS = 1_000;

  private static final Set<String> SLOTS =
      Set.of(
          "max-concurrent-workflow-tasks",
          "max-concurrent-activities",
          "max-concurrent-local-activities");

  private static final Set<String> POLLERS =
      Set.of("workflow-pollers", "activity-pollers", "min", "max", "initial");

  private static final Pattern URL_PATH = Pattern.compile("(/[A-Za-z0-9._~!$&'()*+,;=:@%-]*)+");

  private final ClassLoader classLoader;

  private final Iterable<ConfigurationPropertySource> sources;

  ValueRules(ClassLoader classLoader, Iterable<ConfigurationPropertySource> sources) {
    this.classLoader = classLoader;
    this.sources = sources;
  }

  @Override
  public void visit(String key, String name, Object value) {
    if (value instanceof String text) {
      checkText(key, name, text);
    } else if (value instanceof Duration duration) {
      checkDuration(key, name, duration);
    } else if (value instanceof Integer number) {
      checkInteger(key, name, number);
    } else if (value instanceof Double number) {
      if (number.isNaN() || number.isInfinite() || number < 0) {
        throw fail(
            key, "'" + shown(key, number) + "' is not a number of 0 or more.", "Use e.g. 2.0.");
      }
    } else if (value instanceof DataSize size && size.toBytes() <= 0) {
      throw fail(key, "'" + shown(key, size) + "' is not a positive size.", "Use e.g. 4MB.");
    }
  }

  private void checkText(String key, String name, String text) {
    boolean prose = name.equals("memo") || name.equals("summary") || name.equals("description");
    text.codePoints()
        .filter((c) -> Character.isISOControl(c) && !(prose && Character.isWhitespace(c)))
        .findFirst()
        .ifPresent(
            (c) -> {
              throw fail(
                  key,
                  String.format("it has a control character (U+%04X).", c),
                  "Remove it; quote the value in YAML if it holds special characters.");
            });
    located(() -> Placeholders.requireResolved(key, text));
    if (text.isEmpty() && REQUIRED.contains(name)) {
      throw fail(key, "it is empty.", "Give it a value, or remove the key to use its default.");
    }
    boolean schedule = key.startsWith("temporal.schedules");
    if (schedule && name.equals("time-zone") && text.isBlank()) {
      // Not UTC by omission: an empty ${ZONE:} or a lost value is a mistake to show.
      throw fail(
          key, "it is empty.", "Remove the key for UTC, or name a zone, e.g. Europe/Berlin.");
    }
    if (text.isEmpty() && !name.endsWith("#key")) {
      return; // an empty value, e.g. ${TEMPORAL_API_KEY:}, leaves an optional key unset
    }
    if (name.endsWith("#key") || NAMES.contains(name)) {
      located(() -> TextFormats.checkName(key, text));
    }
    switch (name) {
      case "target" -> Targets.validate(key, text);
      case "namespace" ->
          located(
              () ->
                  TextFormats.noSpaces(
                      key, text, "Namespace names have no spaces, e.g. 'orders'."));
      case "api-key" -> located(() -> TextFormats.checkApiKey(key, text));
      case "server-name" -> {
        if (!Targets.isHostName(text)) {
          throw fail(key, "'" + text + "' is not a host name.", "Use e.g. 'my-ns.tmprl.cloud'.");
        }
      }
      case "address" -> {
        if (!Targets.isHostName(text) && !Targets.isIpv6(text)) {
          throw fail(key, "'" + text + "' is not an address.", "Use e.g. 127.0.0.1 or ::1.");
        }
      }
      case "path" -> {
        if (!URL_PATH.matcher(text).matches()) {
          throw fail(key, "'" + text + "' is not a URL path.", "Use e.g. /temporal/codec.");
        }
      }
      case "allowed-origins" -> located(() -> TextFormats.checkOrigin(key, text));
      case "cron-schedule" -> CronSchedules.validate(text, key, this.classLoader);
      case "cron" -> {
        if (schedule && !text.isBlank()) {
          located(() -> ScheduleValues.checkCron(key, text.trim()));
        }
      }
      case "time-zone" -> {
        if (schedule) {
          located(() -> ScheduleValues.checkTimeZone(key, text.trim()));
        }
      }
      case "workflow-classes" ->
          located(() -> ClassNames.requireWellFormed(key, text, Kind.WORKFLOW_IMPLEMENTATION));
      case "search-attributes" -> {
        if (key.startsWith("temporal.embedded.")) {
          SearchAttributeTypes.parse(key.substring(key.lastIndexOf('.') + 1), text);
        }
      }
      default -> {}
    }
  }

  private void checkDuration(String key, String name, Duration duration) {
    if (name.endsWith("timeout") || name.endsWith("interval")) {
      located(() -> Durations.requirePositive(key, duration));
    } else {
      located(() -> Durations.requireNonNegative(key, duration));
    }
  }

  private void checkInteger(String key, String name, int number) {
    if (name.equals("port") && (number < 0 || number > 65535)) {
      throw fail(
          key,
          "'" + shown(key, number) + "' is not a port number.",
          "Use 1 to 65535, or 0 for a free port.");
    }
    if (number < 0) {
      throw fail(key, "'" + shown(key, number) + "' is negative.", "Use a positive number.");
    }
    int limit = SLOTS.contains(name) ? MAX_SLOTS : POLLERS.contains(name) ? MAX_POLLERS : -1;
    if (limit > 0 && number > limit) {
      throw fail(
          key,
          "'" + shown(key, number) + "' is more than " + limit + ".",
          "Use a number up to " + limit + ".");
    }
  }

  /** Runs a check every caller shares, adding where the value was written to its report. */
  private void located(Runnable check) {
    try {
      check.run();
    } catch (InvalidTemporalPropertyException ex) {
      throw fail(ex.getProperty(), ex.getProblem(), ex.getAction());
    }
  }

  private InvalidTemporalPropertyException fail(String key, String problem, String action) {
    ConfigurationProperty written = written(key);
    String origin =
        (written != null && written.getOrigin() != null)
            ? " (" + written.getOrigin() + placeholder(written) + ")"
            : "";
    String sentence = problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
    return new InvalidTemporalPropertyException(key, sentence + origin + ".", action);
  }

  /** Says which placeholder gave the value, when one did: the mistake may be in its source. */
  private static String placeholder(ConfigurationProperty written) {
    return (written.getValue() instanceof String raw && raw.contains("${"))
        ? ", written as " + raw
        : "";
  }

  /** Returns a non-text value as the user wrote it, e.g. -5s rather than PT-5S. */
  private String shown(String key, Object value) {
    ConfigurationProperty written = written(key);
    return (written != null) ? String.valueOf(written.getValue()) : String.valueOf(value);
  }

  private @Nullable ConfigurationProperty written(String key) {
    ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
    if (!name.isEmpty()) {
      for (ConfigurationPropertySource source : this.sources) {
        ConfigurationProperty property = source.getConfigurationProperty(name);
        if (property != null) {
          return property;
        }
      }
    }
    return null;
  }
}
