package dev.temporalboot.autoconfigure;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code search-attributes} from YAML into typed search attributes. The SDK needs a type per
 * key and the server's registered types are not known to the client, so the YAML value's own type
 * picks it; typed rather than the SDK's untyped map, which cannot be combined with typed attributes
 * set in code.
 */
final class SearchAttributeValues {

  private SearchAttributeValues() {}

  static SearchAttributes typed(Map<String, Object> values, String property) {
    SearchAttributes.Builder builder = SearchAttributes.newBuilder();
    values.forEach((name, value) -> set(builder, name, value, property + "." + name));
    return builder.build();
  }

  private static void set(
      SearchAttributes.Builder builder, String name, Object value, String property) {
    if (value instanceof Boolean bool) {
      builder.set(SearchAttributeKey.forBoolean(name), bool);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof BigInteger) {
      builder.set(SearchAttributeKey.forLong(name), ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      builder.set(SearchAttributeKey.forDouble(name), ((Number) value).doubleValue());
    } else if (value instanceof Collection<?> list) {
      builder.set(SearchAttributeKey.forKeywordList(name), strings(list));
    } else if (value instanceof Map<?, ?> map && isIndexed(map)) {
      // Spring Boot binds a YAML list inside a Map<String, Object> as {"0": .., "1": ..}.
      List<String> list = new ArrayList<>();
      for (int i = 0; i < map.size(); i++) {
        list.add(String.valueOf(map.get(String.valueOf(i))));
      }
      builder.set(SearchAttributeKey.forKeywordList(name), list);
    } else if (value instanceof String text) {
      setText(builder, name, text);
    } else {
      throw new InvalidTemporalPropertyException(
          property,
          "a search attribute value must be a scalar or a list of strings, not " + value + ".",
          "Write a string, number, boolean, timestamp or a list of strings.");
    }
  }

  private static void setText(SearchAttributes.Builder builder, String name, String text) {
    try {
      builder.set(SearchAttributeKey.forOffsetDateTime(name), OffsetDateTime.parse(text));
    } catch (DateTimeParseException ex) {
      builder.set(SearchAttributeKey.forKeyword(name), text);
    }
  }

  private static boolean isIndexed(Map<?, ?> map) {
    for (int i = 0; i < map.size(); i++) {
      if (!map.containsKey(String.valueOf(i))) {
        return false;
      }
    }
    return !map.isEmpty();
  }

  private static List<String> strings(Collection<?> values) {
    return values.stream().map(String::valueOf).toList();
  }
}
