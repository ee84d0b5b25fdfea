package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.util.unit.DataSize;

/** Explains a value the binder could not convert, with the form its key takes. */
final class BindFailures {

  private BindFailures() {}

  static InvalidTemporalPropertyException explain(BindException failure) {
    ConfigurationProperty property = failure.getProperty();
    Class<?> type = failure.getTarget().getType().resolve(Object.class);
    String value = (property != null) ? String.valueOf(property.getValue()) : null;
    String origin =
        (property != null && property.getOrigin() != null) ? " (" + property.getOrigin() + ")" : "";
    String problem =
        (value != null)
            ? "'" + value + "'" + origin + " is not " + expected(type) + "."
            : "it cannot be read as " + expected(type) + ".";
    String name =
        (property != null) ? PropertyNames.asWritten(property) : failure.getName().toString();
    return new InvalidTemporalPropertyException(
        name, problem, "Write " + expected(type) + example(type), failure);
  }

  private static String expected(Class<?> type) {
    if (type == Duration.class) {
      return "a duration";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == DataSize.class) {
      return "a size";
    }
    if (type.isEnum()) {
      return "one of: "
          + Arrays.stream(type.getEnumConstants())
              .map((c) -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .collect(Collectors.joining(", "));
    }
    return "a " + type.getSimpleName();
  }

  private static String example(Class<?> type) {
    if (type == Duration.class) {
      return ", e.g. 30s, 500ms, 5m, 2h, 7d or PT1M.";
    }
    if (type == DataSize.class) {
      return ", e.g. 4MB or 512KB.";
    }
    if (type == Integer.class || type == int.class) {
      return ", e.g. 200, at most " + Integer.MAX_VALUE + ".";
    }
    return ".";
  }
}
