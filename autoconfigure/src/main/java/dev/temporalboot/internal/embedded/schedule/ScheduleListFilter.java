package dev.temporalboot.internal.embedded.schedule;

import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.temporalboot.internal.embedded.visibility.InvalidQueryException;
import dev.temporalboot.internal.embedded.visibility.SystemSearchAttributes;
import dev.temporalboot.internal.embedded.visibility.VisibilityQuery;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.IndexedValueType;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The filter ListSchedules accepts: custom search attributes, {@code TemporalSchedulePaused} and
 * {@code ScheduleId}; like a real cluster it refuses the other system attributes.
 */
final class ScheduleListFilter {

  static final String PAUSED = "TemporalSchedulePaused";

  static final String SCHEDULE_ID = "ScheduleId";

  private static final Pattern QUOTED =
      Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

  private static final Pattern NAME = Pattern.compile("`([^`]+)`|\\b([A-Za-z_][A-Za-z0-9_]*)\\b");

  private static final ObjectMapper json = new ObjectMapper();

  /** Custom attributes registered through the OperatorService, with the test server's own. */
  private final Map<String, IndexedValueType> registered = new ConcurrentHashMap<>();

  ScheduleListFilter() {
    this.registered.put("CustomKeywordField", INDEXED_VALUE_TYPE_KEYWORD);
    this.registered.put("CustomStringField", IndexedValueType.INDEXED_VALUE_TYPE_TEXT);
    this.registered.put("CustomTextField", IndexedValueType.INDEXED_VALUE_TYPE_TEXT);
    this.registered.put("CustomIntField", IndexedValueType.INDEXED_VALUE_TYPE_INT);
    this.registered.put("CustomDoubleField", IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE);
    this.registered.put("CustomBoolField", INDEXED_VALUE_TYPE_BOOL);
    this.registered.put("CustomDatetimeField", IndexedValueType.INDEXED_VALUE_TYPE_DATETIME);
  }

  void registered(Map<String, IndexedValueType> attributes) {
    this.registered.putAll(attributes);
  }

  Predicate<ScheduleEntry> parse(String query, String namespace, List<ScheduleEntry> schedules) {
    if (query.isBlank()) {
      return (entry) -> true;
    }
    Matcher names = NAME.matcher(QUOTED.matcher(query).replaceAll("''"));
    while (names.find()) {
      String name = names.group(1) != null ? names.group(1) : names.group(2);
      boolean reserved =
          SystemSearchAttributes.TYPES.containsKey(name) || name.startsWith("Temporal");
      if (reserved && !name.equals(PAUSED)) {
        throw ScheduleValidation.invalid(
            "invalid query filter for schedules: cannot filter on \"" + name + "\"");
      }
    }
    Map<String, IndexedValueType> schema = new HashMap<>(this.registered);
    schedules.forEach(
        (entry) ->
            entry
                .searchAttributes
                .getIndexedFieldsMap()
                .forEach(
                    (name, value) -> {
                      IndexedValueType type = typeOf(value);
                      if (type != null) {
                        schema.putIfAbsent(name, type);
                      }
                    }));
    schema.put(PAUSED, INDEXED_VALUE_TYPE_BOOL);
    schema.putIfAbsent(SCHEDULE_ID, INDEXED_VALUE_TYPE_KEYWORD);
    VisibilityQuery parsed;
    try {
      parsed = VisibilityQuery.parse(query, schema);
    } catch (InvalidQueryException ex) {
      throw ScheduleValidation.invalid(String.valueOf(ex.getMessage()));
    }
    return (entry) -> parsed.matches(attributes(entry, schema));
  }

  private static Map<String, Object> attributes(
      ScheduleEntry entry, Map<String, IndexedValueType> schema) {
    Map<String, Object> values = new HashMap<>();
    entry
        .searchAttributes
        .getIndexedFieldsMap()
        .forEach(
            (name, payload) -> {
              Object value = decode(payload, schema.get(name));
              if (value != null) {
                values.put(name, value);
              }
            });
    values.put(PAUSED, entry.schedule.getState().getPaused());
    values.putIfAbsent(SCHEDULE_ID, entry.id);
    return values;
  }

  private static @Nullable Object decode(Payload payload, @Nullable IndexedValueType type) {
    Object value;
    try {
      value = json.readValue(payload.getData().toByteArray(), Object.class);
    } catch (IOException ex) {
      return null;
    }
    if (value instanceof List<?> list
        && list.size() == 1
        && type != IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST) {
      value = list.get(0);
    }
    if (type == IndexedValueType.INDEXED_VALUE_TYPE_DATETIME && value instanceof String text) {
      return OffsetDateTime.parse(text).toInstant();
    }
    if (type == IndexedValueType.INDEXED_VALUE_TYPE_INT && value instanceof Number number) {
      return number.longValue();
    }
    if (type == IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE && value instanceof Number number) {
      return number.doubleValue();
    }
    return value;
  }

  private static @Nullable IndexedValueType typeOf(Payload payload) {
    var type = payload.getMetadataMap().get("type");
    if (type == null) {
      return null;
    }
    String name =
        type.toStringUtf8().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    try {
      return IndexedValueType.valueOf("INDEXED_VALUE_TYPE_" + name);
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }
}
