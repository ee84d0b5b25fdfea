package dev.temporalboot.internal.embedded.visibility;

import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;

import java.util.List;
import java.util.Locale;

/** Which operators each search attribute type allows, as the server's converter lists them. */
final class OperatorRules {

  private static final List<String> COMPARISON =
      List.of("=", "!=", "<", "<=", ">", ">=", "in", "not in");

  private static final List<String> KEYWORD =
      List.of("=", "!=", "<", "<=", ">", ">=", "in", "not in", "starts_with", "not starts_with");

  private static final List<String> KEYWORD_LIST = List.of("=", "!=", "in", "not in");

  private static final List<String> TEXT = List.of("=", "!=");

  private OperatorRules() {}

  static void check(Column column, String operator) {
    List<String> allowed =
        switch (column.type()) {
          case INDEXED_VALUE_TYPE_KEYWORD -> KEYWORD;
          case INDEXED_VALUE_TYPE_KEYWORD_LIST -> KEYWORD_LIST;
          case INDEXED_VALUE_TYPE_TEXT -> TEXT;
          default -> COMPARISON;
        };
    if (!allowed.contains(operator)) {
      throw InvalidQueryException.notSupported(
          "operator '%s' not supported for %s type search attribute '%s'"
              .formatted(
                  operator.toUpperCase(Locale.ROOT),
                  QueryValues.typeName(column.type()),
                  column.name()));
    }
  }

  static void checkRange(Column column) {
    if (!column.is(INDEXED_VALUE_TYPE_DATETIME)
        && !column.is(INDEXED_VALUE_TYPE_DOUBLE)
        && !column.is(INDEXED_VALUE_TYPE_INT)
        && !column.is(INDEXED_VALUE_TYPE_KEYWORD)) {
      throw InvalidQueryException.invalidExpression(
          "cannot do range condition on search attribute '%s' of type %s"
              .formatted(column.name(), QueryValues.typeName(column.type())));
    }
  }
}
