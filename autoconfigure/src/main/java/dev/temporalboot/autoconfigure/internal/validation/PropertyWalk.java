package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.Group;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.ListOf;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.MapOf;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.Value;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/** Visits every value of bound properties with its full key, as a user would write it. */
final class PropertyWalk {

  /** Receives one value. */
  @FunctionalInterface
  interface Visitor {

    /**
     * Visits a value.
     *
     * @param key the full key, e.g. {@code temporal.workers[0].task-queue}
     * @param name the last part of the key in kebab case, e.g. {@code task-queue}; for map values
     *     and list entries the name of the map or list, and for a map's key that name and #key
     * @param value the bound value, never null
     */
    void visit(String key, String name, Object value);
  }

  private PropertyWalk() {}

  static void walk(String prefix, Object properties, Group schema, Visitor visitor) {
    BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(properties);
    for (Map.Entry<String, PropertySchema> key : schema.keys().entrySet()) {
      String javaName = schema.javaName(key.getKey());
      if (bean.isReadableProperty(javaName)) {
        Object value = bean.getPropertyValue(javaName);
        visit(prefix + "." + key.getKey(), key.getKey(), value, key.getValue(), visitor);
      }
    }
  }

  private static void visit(
      String key, String name, @Nullable Object value, PropertySchema schema, Visitor visitor) {
    if (value == null) {
      return;
    }
    if (schema instanceof Group group) {
      walk(key, value, group, visitor);
    } else if (schema instanceof ListOf list && value instanceof Collection<?> entries) {
      int index = 0;
      for (Object entry : entries) {
        visit(key + "[" + index++ + "]", name, entry, list.element(), visitor);
      }
    } else if (schema instanceof MapOf map && value instanceof Map<?, ?> entries) {
      for (Map.Entry<?, ?> entry : entries.entrySet()) {
        String mapKey = String.valueOf(entry.getKey());
        String path = mapKey.contains(".") ? key + "[" + mapKey + "]" : key + "." + mapKey;
        visitor.visit(path, name + "#key", mapKey);
        visit(path, name, entry.getValue(), map.value(), visitor);
      }
    } else if (schema instanceof Value && value instanceof Map<?, ?> nested) {
      // A map of free values (memo) holds nested maps and lists as YAML wrote them.
      for (Map.Entry<?, ?> entry : nested.entrySet()) {
        visit(key + "." + entry.getKey(), name, entry.getValue(), schema, visitor);
      }
    } else if (schema instanceof Value && value instanceof Collection<?> nested) {
      int index = 0;
      for (Object entry : nested) {
        visit(key + "[" + index++ + "]", name, entry, schema, visitor);
      }
    } else {
      visitor.visit(key, name, value);
    }
  }
}
