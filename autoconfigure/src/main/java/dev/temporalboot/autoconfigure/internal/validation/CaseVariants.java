package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.Group;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.ListOf;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.MapOf;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Merges map entries whose keys differ only in case and dashes. Spring Boot lower-cases map keys
 * that come from environment variables ({@code TEMPORAL_ACTIVITIES_PAYMENTACTIVITIES_...} gives the
 * key {@code paymentactivities}) and binds the variable's value into the entry that YAML spells
 * {@code PaymentActivities} or {@code payment-activities} as well, so the lower-case entry is a
 * copy to drop, not a second entry.
 */
public final class CaseVariants {

  private CaseVariants() {}

  static void merge(Object properties, Group schema) {
    BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(properties);
    schema
        .keys()
        .forEach(
            (key, node) -> {
              String javaName = schema.javaName(key);
              if (bean.isReadableProperty(javaName)) {
                merge(bean.getPropertyValue(javaName), node);
              }
            });
  }

  private static void merge(@Nullable Object value, PropertySchema schema) {
    if (value instanceof Map<?, ?> map && schema instanceof MapOf entries) {
      dropLowerCaseCopies(map);
      map.values().forEach((entry) -> merge(entry, entries.value()));
    } else if (value instanceof Collection<?> list && schema instanceof ListOf entries) {
      list.forEach((entry) -> merge(entry, entries.element()));
    } else if (value != null && schema instanceof Group group) {
      merge(value, group);
    }
  }

  private static void dropLowerCaseCopies(Map<?, ?> map) {
    Set<String> keys = map.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
    List<Object> copies = new ArrayList<>();
    for (Object key : map.keySet()) {
      if (isCopy(String.valueOf(key), keys)) {
        copies.add(key);
      }
    }
    copies.forEach(map::remove);
  }

  /**
   * Returns the keys of a map as bound, without the copies an environment variable adds.
   *
   * @param keys the keys the binder produced
   * @return the keys the application wrote
   */
  public static Set<String> withoutCopies(Set<String> keys) {
    Set<String> written = new LinkedHashSet<>(keys);
    written.removeIf((key) -> isCopy(key, keys));
    return written;
  }

  private static boolean isCopy(String name, Set<String> keys) {
    return name.equals(name.toLowerCase(Locale.ROOT))
        && keys.stream()
            .anyMatch(
                (other) ->
                    !other.equals(name)
                        && (other.equalsIgnoreCase(name)
                            || PropertySchema.uniform(other).equals(name)));
  }
}
