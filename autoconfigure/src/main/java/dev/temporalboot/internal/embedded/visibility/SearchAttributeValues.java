package dev.temporalboot.internal.embedded.visibility;

import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.SearchAttributes;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.converter.DataConverterException;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads custom search attribute payloads into the values {@link VisibilityQuery#matches} compares:
 * by the registered type, else the predefined one, else the type the payload's metadata names.
 */
final class SearchAttributeValues {

  private SearchAttributeValues() {}

  static Map<String, Object> decode(
      SearchAttributes attributes, Map<String, IndexedValueType> types) {
    Map<String, Object> values = new HashMap<>();
    attributes
        .getIndexedFieldsMap()
        .forEach(
            (name, payload) -> {
              IndexedValueType type = types.get(name);
              if (type == null) {
                type = SystemSearchAttributes.TYPES.get(name);
              }
              if (type == null) {
                type = metadataType(payload);
              }
              Object value = type == null ? null : value(payload, type);
              if (value != null) {
                values.put(name, value);
              }
            });
    return values;
  }

  private static @Nullable Object value(Payload payload, IndexedValueType type) {
    Object json;
    try {
      json =
          DefaultDataConverter.STANDARD_INSTANCE.fromPayload(payload, Object.class, Object.class);
    } catch (DataConverterException ex) {
      return null; // not a value of any type: the attribute reads as missing
    }
    if (json instanceof Collection<?> list) {
      List<Object> items =
          list.stream().map((item) -> typed(item, type)).filter((v) -> v != null).toList();
      return items.isEmpty() ? null : items;
    }
    return json == null ? null : typed(json, type);
  }

  private static @Nullable Object typed(Object json, IndexedValueType type) {
    try {
      return switch (type) {
        case INDEXED_VALUE_TYPE_INT -> json instanceof Number n ? (Object) n.longValue() : null;
        case INDEXED_VALUE_TYPE_DOUBLE ->
            json instanceof Number n ? (Object) n.doubleValue() : null;
        case INDEXED_VALUE_TYPE_BOOL -> json instanceof Boolean ? json : null;
        case INDEXED_VALUE_TYPE_DATETIME -> datetime(json.toString());
        default -> json.toString();
      };
    } catch (DateTimeParseException ex) {
      return null;
    }
  }

  private static Instant datetime(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static @Nullable IndexedValueType metadataType(Payload payload) {
    var type = payload.getMetadataMap().get("type");
    if (type == null) {
      return null;
    }
    String name = type.toString(StandardCharsets.UTF_8);
    for (IndexedValueType candidate : IndexedValueType.values()) {
      if (candidate != IndexedValueType.UNRECOGNIZED
          && QueryValues.typeName(candidate).equals(name)) {
        return candidate;
      }
    }
    return null;
  }
}
