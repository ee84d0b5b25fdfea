package dev.temporalboot.internal.embedded;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.api.enums.v1.IndexedValueType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Search attribute types as {@code temporal.embedded.search-attributes} writes them. */
public final class SearchAttributeTypes {

  private static final String PROPERTY = "temporal.embedded.search-attributes";

  private SearchAttributeTypes() {}

  /**
   * Reads a search attribute type as YAML writes it (keyword, keyword-list, datetime...).
   *
   * @throws InvalidTemporalPropertyException naming the attribute's key when it is no type
   */
  public static IndexedValueType parse(String name, String type) {
    String constant =
        "INDEXED_VALUE_TYPE_" + type.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    try {
      IndexedValueType value = IndexedValueType.valueOf(constant);
      if (value != IndexedValueType.INDEXED_VALUE_TYPE_UNSPECIFIED
          && value != IndexedValueType.UNRECOGNIZED) {
        return value;
      }
    } catch (IllegalArgumentException ex) {
      // reported below with the valid names
    }
    throw new InvalidTemporalPropertyException(
        PROPERTY + "." + name,
        "'" + type + "' is not a search attribute type.",
        "Use one of: " + validNames() + ".");
  }

  private static String validNames() {
    return Arrays.stream(IndexedValueType.values())
        .filter(
            (v) ->
                v != IndexedValueType.INDEXED_VALUE_TYPE_UNSPECIFIED
                    && v != IndexedValueType.UNRECOGNIZED)
        .map(
            (v) ->
                v.name()
                    .substring("INDEXED_VALUE_TYPE_".length())
                    .toLowerCase(Locale.ROOT)
                    .replace('_', '-'))
        .collect(Collectors.joining(", "));
  }
}
