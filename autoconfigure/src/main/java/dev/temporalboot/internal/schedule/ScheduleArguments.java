package dev.temporalboot.internal.schedule;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Converts a schedule's arguments, as bound from YAML, to the workflow method's parameter types
 * through the data converter, as the worker will read them: what the worker could not read fails
 * start-up instead of every run.
 */
final class ScheduleArguments {

  private ScheduleArguments() {}

  static @Nullable Object[] convert(
      List<@Nullable Object> arguments, Method method, DataConverter converter, String property) {
    Type[] types = method.getGenericParameterTypes();
    Class<?>[] classes = method.getParameterTypes();
    if (arguments.size() != types.length) {
      throw new InvalidTemporalPropertyException(
          property,
          "it has "
              + arguments.size()
              + " value(s), but "
              + signature(method)
              + " takes "
              + types.length
              + " parameter(s).",
          "Give one value per parameter, in order, e.g. arguments: [5, \"gold\"].");
    }
    @Nullable Object[] converted = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      converted[i] =
          convert(arguments.get(i), classes[i], types[i], method, converter, property, i);
    }
    return converted;
  }

  private static @Nullable Object convert(
      @Nullable Object value,
      Class<?> type,
      Type genericType,
      Method method,
      DataConverter converter,
      String property,
      int index) {
    String key = property + "[" + index + "]";
    if (value == null) {
      if (type.isPrimitive()) {
        throw mismatch(key, null, type, method, index, "a primitive cannot be null.", null);
      }
      return null;
    }
    if (value instanceof String text && text.isBlank() && !type.isAssignableFrom(String.class)) {
      // The converter reads an empty JSON string as 0, false or null: a typo, not a value.
      throw new InvalidTemporalPropertyException(
          key,
          "it is empty, but parameter "
              + (index + 1)
              + " of "
              + signature(method)
              + " is "
              + type.getTypeName()
              + ": only a String parameter takes an empty value.",
          "Write a value the data converter reads as "
              + type.getSimpleName()
              + example(key, type)
              + ".");
    }
    try {
      Optional<Payload> payload = converter.toPayload(value);
      if (payload.isEmpty()) {
        return null;
      }
      return converter.fromPayload(payload.get(), type, genericType);
    } catch (RuntimeException ex) {
      throw mismatch(key, value, type, method, index, rootMessage(ex), ex);
    }
  }

  private static InvalidTemporalPropertyException mismatch(
      String key,
      @Nullable Object value,
      Class<?> type,
      Method method,
      int index,
      String problem,
      @Nullable Throwable cause) {
    return new InvalidTemporalPropertyException(
        key,
        "'"
            + value
            + "' does not convert to "
            + type.getTypeName()
            + ", parameter "
            + (index + 1)
            + " of "
            + signature(method)
            + ": "
            + problem,
        "Write a YAML value the data converter reads as " + type.getSimpleName() + ".",
        cause);
  }

  private static String example(String key, Class<?> type) {
    if (type == boolean.class || type == Boolean.class) {
      return ", e.g. " + key + "=true";
    }
    if ((type.isPrimitive() && type != char.class) || Number.class.isAssignableFrom(type)) {
      return ", e.g. " + key + "=5";
    }
    return ", e.g. a YAML map of its fields for a record, a YAML list for a collection";
  }

  private static String rootMessage(Throwable ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    int newline = message.indexOf('\n');
    return (newline > 0) ? message.substring(0, newline) : message;
  }

  private static String signature(Method method) {
    StringBuilder text =
        new StringBuilder(method.getDeclaringClass().getSimpleName())
            .append('.')
            .append(method.getName())
            .append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      text.append((i > 0) ? ", " : "").append(types[i].getSimpleName());
    }
    return text.append(')').toString();
  }
}
