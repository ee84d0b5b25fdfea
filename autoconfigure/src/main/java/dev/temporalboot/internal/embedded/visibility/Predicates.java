package dev.temporalboot.internal.embedded.visibility;

import io.temporal.api.enums.v1.IndexedValueType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The conditions on one search attribute. A missing value matches only {@code IS NULL}, also for
 * {@code !=} and {@code NOT IN}, as SQL visibility (the CLI's dev server) treats {@code NULL}.
 */
final class Predicates {

  private Predicates() {}

  static Condition compare(Column column, String operator, Comparable<?> value) {
    return present(
        column,
        (stored) -> {
          if (stored instanceof Collection<?> list) {
            return operator.equals("=") == list.contains(value);
          }
          if (column.is(IndexedValueType.INDEXED_VALUE_TYPE_TEXT)) {
            return operator.equals("=") == words(stored).containsAll(words(value));
          }
          Integer order = order(stored, value);
          return order != null && holds(operator, order);
        });
  }

  static Condition in(Column column, List<Comparable<?>> values, boolean negated) {
    return present(
        column,
        (stored) -> {
          Collection<?> have = stored instanceof Collection<?> list ? list : List.of(stored);
          boolean any = values.stream().anyMatch((v) -> have.stream().anyMatch((h) -> same(h, v)));
          return any != negated;
        });
  }

  static Condition between(Column column, Comparable<?> from, Comparable<?> to, boolean negated) {
    return present(
        column,
        (stored) -> {
          Integer low = order(stored, from);
          Integer high = order(stored, to);
          return low != null && high != null && (low >= 0 && high <= 0) != negated;
        });
  }

  static Condition startsWith(Column column, String prefix, boolean negated) {
    return present(column, (stored) -> stored.toString().startsWith(prefix) != negated);
  }

  static Condition isNull(Column column, boolean negated) {
    return (attributes) ->
        (QueryValues.stored(column, attributes.get(column.name())) == null) != negated;
  }

  private static Condition present(Column column, java.util.function.Predicate<Object> test) {
    return (attributes) -> {
      Object stored = QueryValues.stored(column, attributes.get(column.name()));
      return stored != null && test.test(stored);
    };
  }

  private static boolean same(Object stored, Object value) {
    Integer order = order(stored, value);
    return order != null && order == 0;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static @Nullable Integer order(Object stored, Object value) {
    if (stored.getClass() != value.getClass() || !(stored instanceof Comparable)) {
      return null;
    }
    return ((Comparable) stored).compareTo(value);
  }

  private static boolean holds(String operator, int order) {
    return switch (operator) {
      case "=" -> order == 0;
      case "!=" -> order != 0;
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case ">" -> order > 0;
      default -> order >= 0;
    };
  }

  /** Full-text match by lower-cased words: every word of the query must be in the value. */
  private static Set<String> words(Object text) {
    return Arrays.stream(text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter((w) -> !w.isEmpty())
        .collect(Collectors.toSet());
  }
}
