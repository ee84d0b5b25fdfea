package dev.temporalboot.internal.embedded.visibility;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns query literals and stored attribute values into one comparable form per type, with the
 * server's checks ({@code converter.go} {@code validateValueType}, {@code
 * parseExecutionStatusValue}, {@code parseExecutionDurationValue}).
 */
final class QueryValues {

  private QueryValues() {}

  /** A literal as the query writes it, made comparable for the column, or the server's error. */
  static Comparable<?> literal(Column column, Object value) {
    if (column.name().equals(SystemSearchAttributes.EXECUTION_STATUS)) {
      return executionStatus(value);
    }
    if (column.name().equals(SystemSearchAttributes.EXECUTION_DURATION)) {
      return executionDuration(value);
    }
    return switch (column.type()) {
      case INDEXED_VALUE_TYPE_INT, INDEXED_VALUE_TYPE_DOUBLE ->
          value instanceof Number ? new BigDecimal(value.toString()) : wrongType(column, value);
      case INDEXED_VALUE_TYPE_BOOL ->
          value instanceof Boolean bool ? bool : wrongType(column, value);
      case INDEXED_VALUE_TYPE_DATETIME -> datetime(column, value);
      default -> value instanceof String text ? text : wrongType(column, value);
    };
  }

  /** A stored value made comparable like {@link #literal}; lists stay lists of strings. */
  static @Nullable Object stored(Column column, @Nullable Object value) {
    if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
      return null;
    }
    if (value instanceof Duration duration) {
      return BigDecimal.valueOf(duration.toNanos());
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (column.type() == IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST
        && !(value instanceof Collection)) {
      return List.of(value.toString());
    }
    return value instanceof Instant || value instanceof Boolean || value instanceof Collection
        ? value
        : value.toString();
  }

  private static Comparable<?> datetime(Column column, Object value) {
    if (value instanceof Long nanos) {
      return Instant.ofEpochSecond(0, nanos);
    }
    if (!(value instanceof String text)) {
      return wrongType(column, value);
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException ex) {
      throw InvalidQueryException.invalidExpression("unable to parse datetime '" + text + "'");
    }
  }

  private static Comparable<?> executionStatus(Object value) {
    if (value instanceof Long number) {
      WorkflowExecutionStatus status = WorkflowExecutionStatus.forNumber(number.intValue());
      if (status != null
          && status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_UNSPECIFIED) {
        return shortName(status);
      }
      throw InvalidQueryException.invalidExpression("invalid ExecutionStatus value " + number);
    }
    if (value instanceof String text) {
      for (WorkflowExecutionStatus status : WorkflowExecutionStatus.values()) {
        if (status != WorkflowExecutionStatus.UNRECOGNIZED
            && (status.name().equals(text) || shortName(status).equals(text))) {
          return shortName(status);
        }
      }
      throw InvalidQueryException.invalidExpression("invalid ExecutionStatus value '" + text + "'");
    }
    throw InvalidQueryException.invalidExpression(
        "unexpected value type " + goType(value) + " for search attribute ExecutionStatus");
  }

  /** The status as the server stores it: {@code ContinuedAsNew} for {@code CONTINUED_AS_NEW}. */
  static String shortName(WorkflowExecutionStatus status) {
    return pascal(status.name().substring("WORKFLOW_EXECUTION_STATUS_".length()));
  }

  private static Comparable<?> executionDuration(Object value) {
    if (value instanceof Long nanos) {
      return BigDecimal.valueOf(nanos);
    }
    if (value instanceof String text) {
      Duration duration = Durations.parse(text);
      if (duration != null) {
        return BigDecimal.valueOf(duration.toNanos());
      }
      throw InvalidQueryException.invalidExpression(
          "invalid duration value for search attribute ExecutionDuration: " + text);
    }
    throw InvalidQueryException.invalidExpression(
        "unexpected value type " + goType(value) + " for search attribute ExecutionDuration");
  }

  private static Comparable<?> wrongType(Column column, Object value) {
    String shown = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    throw InvalidQueryException.invalidExpression(
        "invalid value type for search attribute %s of type %s: %s (type: %s)"
            .formatted(column.name(), typeName(column.type()), shown, goType(value)));
  }

  /** The type as the server's messages name it: {@code Keyword}, {@code KeywordList}... */
  static String typeName(IndexedValueType type) {
    return pascal(type.name().substring("INDEXED_VALUE_TYPE_".length()));
  }

  private static String pascal(String upperSnake) {
    StringBuilder name = new StringBuilder();
    for (String part : upperSnake.split("_")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  private static String goType(Object value) {
    if (value instanceof Long) {
      return "int64";
    }
    if (value instanceof Double) {
      return "float64";
    }
    return value instanceof Boolean ? "bool" : "string";
  }
}
