package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.Group;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.ListOf;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.MapOf;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Merges map entries whose keys differ only in case. Spring Boot lower-cases map keys that come
 * from environment variables ({@code TEMPORAL_ACTIVITIES_PAYMENTACTIVITIES_...} gives the key
 * {@code paymentactivities}) and binds the variable's value into the entry that YAML spells {@code
 * PaymentActivities} as well, so the lower-case entry is a copy to drop, not a second entry.
 */
final class CaseVariants {

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
    List<Object> copies = new ArrayList<>();
    for (Object key : map.keySet()) {
      String name = String.valueOf(key);
      boolean spelledElsewhere =
          name.equals(name.toLowerCase(Locale.ROOT))
              && map.keySet().stream()
                  .map(String::valueOf)
                  .anyMatch((other) -> !other.equals(name) && other.equalsIgnoreCase(name));
      if (spelledElsewhere) {
        copies.add(key);
      }
    }
    copies.forEach(map::remove);
  }
}
