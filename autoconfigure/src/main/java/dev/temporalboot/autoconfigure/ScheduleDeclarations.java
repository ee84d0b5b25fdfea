package dev.temporalboot.autoconfigure;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.Durations;
import dev.temporalboot.internal.check.Placeholders;
import dev.temporalboot.internal.schedule.ScheduleDeclaration;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.StringUtils;

/**
 * Turns the {@code temporal.schedules} entries into {@link ScheduleDeclaration}s, checking each
 * value on its own; what depends on the workflows (name, arguments, task queue) and the spec as a
 * whole are checked when the declarations are resolved.
 */
final class ScheduleDeclarations {

  /** The key of the schedule entries, which errors name. */
  static final String PREFIX = "temporal.schedules";

  private ScheduleDeclarations() {}

  static List<ScheduleDeclaration> of(
      Map<String, ScheduleProperties> schedules, @Nullable ClassLoader loader) {
    Map<String, String> uniform = new LinkedHashMap<>();
    List<ScheduleDeclaration> declarations = new ArrayList<>();
    schedules.forEach(
        (id, properties) -> {
          String prefix = prefix(id);
          String previous = uniform.put(uniform(id), id);
          if (previous != null) {
            throw new InvalidTemporalPropertyException(
                prefix,
                "it is the same key as "
                    + prefix(previous)
                    + " in Spring Boot's relaxed binding (case, dashes and underscores aside),"
                    + " so the schedule id is ambiguous.",
                "Keep one of the two entries.");
          }
          declarations.add(declaration(id, prefix, properties, loader));
        });
    return declarations;
  }

  private static ScheduleDeclaration declaration(
      String id, String prefix, ScheduleProperties properties, @Nullable ClassLoader loader) {
    Placeholders.requireResolved(prefix, id);
    String workflow = properties.getWorkflow();
    if (!StringUtils.hasText(workflow)) {
      throw new InvalidTemporalPropertyException(
          prefix + ".workflow",
          "it is not set, so schedule '" + id + "' starts nothing.",
          "Name the workflow: its @WorkflowInterface's simple name, or its workflow type.");
    }
    Placeholders.requireResolved(prefix + ".workflow", workflow);
    String workflowId = text(properties.getWorkflowId(), prefix + ".workflow-id");
    ScheduleProperties.Overlap overlap = properties.getOverlap();
    return new ScheduleDeclaration(
        id,
        prefix,
        workflow.trim(),
        arguments(properties.getArguments(), prefix + ".arguments"),
        workflowId,
        overrides(properties, prefix, loader),
        spec(properties, prefix),
        (overlap != null)
            ? ScheduleOverlapPolicy.valueOf("SCHEDULE_OVERLAP_POLICY_" + overlap.name())
            : ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP,
        Durations.requirePositive(prefix + ".catchup-window", properties.getCatchupWindow()),
        properties.isPauseOnFailure(),
        properties.isPaused(),
        text(properties.getNote(), prefix + ".note"));
  }

  /** The arguments in index order; the binder gives a YAML list as a map keyed by index. */
  private static List<@Nullable Object> arguments(Map<String, Object> bound, String property) {
    Map<Integer, @Nullable Object> byIndex = new TreeMap<>();
    bound.forEach(
        (key, value) -> {
          String index = key.replace("[", "").replace("]", "").trim();
          if (!index.matches("\\d{1,4}")) {
            throw new InvalidTemporalPropertyException(
                property + "." + key,
                "'" + key + "' is not an index: arguments are a list.",
                "Write the arguments as a YAML list, e.g. arguments: [5, \"gold\"].");
          }
          byIndex.put(Integer.parseInt(index), plain(value));
        });
    List<@Nullable Object> arguments = new ArrayList<>();
    byIndex.forEach(
        (index, value) -> {
          if (index != arguments.size()) {
            throw new InvalidTemporalPropertyException(
                property + "[" + arguments.size() + "]",
                "it is missing, but " + property + "[" + index + "] is set.",
                "Number the arguments from 0 without gaps.");
          }
          arguments.add(value);
        });
    return arguments;
  }

  /** A nested list comes bound as a map keyed by index too: turned back into a list. */
  private static @Nullable Object plain(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      boolean indexed = !map.isEmpty();
      for (int i = 0; i < map.size(); i++) {
        indexed &= map.containsKey(String.valueOf(i));
      }
      if (indexed) {
        List<@Nullable Object> list = new ArrayList<>();
        for (int i = 0; i < map.size(); i++) {
          list.add(plain(map.get(String.valueOf(i))));
        }
        return list;
      }
      Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((key, nested) -> copy.put(key, plain(nested)));
      return copy;
    }
    return value;
  }

  private static WorkflowOptions overrides(
      ScheduleProperties properties, String prefix, @Nullable ClassLoader loader) {
    PropertyMapper map = PropertyMapper.get();
    WorkflowOptions.Builder builder = WorkflowOptions.newBuilder();
    map.from(properties::getTaskQueue)
        .as((queue) -> text(queue, prefix + ".task-queue"))
        .to(builder::setTaskQueue);
    map.from(properties::getExecutionTimeout)
        .as((timeout) -> Durations.requirePositive(prefix + ".execution-timeout", timeout))
        .to(builder::setWorkflowExecutionTimeout);
    map.from(properties::getRunTimeout)
        .as((timeout) -> Durations.requirePositive(prefix + ".run-timeout", timeout))
        .to(builder::setWorkflowRunTimeout);
    map.from(properties::getTaskTimeout)
        .as((timeout) -> Durations.requirePositive(prefix + ".task-timeout", timeout))
        .to(builder::setWorkflowTaskTimeout);
    map.from(properties::getMemo).whenNot(Map::isEmpty).as(LinkedHashMap::new).to(builder::setMemo);
    map.from(properties::getSearchAttributes)
        .whenNot(Map::isEmpty)
        .as((values) -> SearchAttributeValues.typed(values, prefix + ".search-attributes"))
        .to(builder::setTypedSearchAttributes);
    map.from(properties::getRetry)
        .as((retry) -> WorkflowOptionsFactory.retry(retry, prefix + ".retry", loader))
        .to(builder::setRetryOptions);
    return builder.build();
  }

  private static ScheduleDeclaration.Spec spec(ScheduleProperties properties, String prefix) {
    List<String> crons = new ArrayList<>();
    List<String> written = properties.getCron();
    for (int i = 0; i < written.size(); i++) {
      String cron = text(written.get(i), prefix + ".cron[" + i + "]");
      if (cron == null) {
        throw new InvalidTemporalPropertyException(
            prefix + ".cron[" + i + "]",
            "it is empty.",
            "Write a cron expression, e.g. '0 8 * * MON-FRI', or remove the entry.");
      }
      crons.add(cron);
    }
    String timeZone = properties.getTimeZone();
    if (timeZone != null && timeZone.isBlank()) {
      // Blank is not UTC by omission: an empty ${ZONE:} or a lost value is a mistake to show.
      throw new InvalidTemporalPropertyException(
          prefix + ".time-zone",
          "it is empty.",
          "Remove the key for UTC, or name a zone, e.g. Europe/Berlin.");
    }
    return new ScheduleDeclaration.Spec(
        crons,
        interval(properties.getInterval(), prefix + ".interval"),
        text(timeZone, prefix + ".time-zone"),
        Durations.requireNonNegative(prefix + ".jitter", properties.getJitter()),
        properties.getStartAt(),
        properties.getEndAt());
  }

  private static ScheduleDeclaration.@Nullable Interval interval(
      ScheduleProperties.@Nullable Interval interval, String prefix) {
    if (interval == null || (interval.getEvery() == null && interval.getOffset() == null)) {
      return null;
    }
    Duration every = Durations.requirePositive(prefix + ".every", interval.getEvery());
    if (every == null) {
      throw new InvalidTemporalPropertyException(
          prefix + ".every",
          "it is not set, but " + prefix + ".offset is.",
          "Set the interval, e.g. every: 1h.");
    }
    Duration offset = Durations.requireNonNegative(prefix + ".offset", interval.getOffset());
    if (offset != null && offset.compareTo(every) >= 0) {
      throw new InvalidTemporalPropertyException(
          prefix + ".offset",
          "it is " + offset + ", not less than every (" + every + ").",
          "Set an offset shorter than the interval, e.g. every: 1h with offset: 5m.");
    }
    return new ScheduleDeclaration.Interval(every, offset);
  }

  private static @Nullable String text(@Nullable String value, String property) {
    if (!StringUtils.hasText(value)) {
      return null;
    }
    Placeholders.requireResolved(property, value);
    return value.trim();
  }

  static String prefix(String id) {
    return id.contains(".") ? PREFIX + "[" + id + "]" : PREFIX + "." + id;
  }

  private static String uniform(String id) {
    return id.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }
}
