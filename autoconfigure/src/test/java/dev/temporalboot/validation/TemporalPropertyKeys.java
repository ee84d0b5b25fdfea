package dev.temporalboot.validation;

import dev.temporalboot.autoconfigure.TemporalProperties;
import java.beans.PropertyDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

/**
 * Every leaf key under {@code temporal.*}, found by walking the JavaBean properties of {@link
 * TemporalProperties}: list entries appear as {@code [0]}, map entries under a sample key, so a
 * property added later is covered without touching this class.
 */
final class TemporalPropertyKeys {

  static final String PREFIX = "temporal";

  /** Sample entry of each map; a map not listed here gets the key {@code sample}. */
  private static final Map<String, String> MAP_SAMPLES =
      Map.ofEntries(
          Map.entry("temporal.activities", "default"),
          Map.entry("temporal.workflows", "HelloWorkflow"),
          Map.entry("temporal.embedded.search-attributes", "CustomerTier"),
          Map.entry("temporal.workflows.HelloWorkflow.memo", "team"),
          Map.entry("temporal.workflows.HelloWorkflow.search-attributes", "CustomerTier"),
          Map.entry("temporal.namespaces", "billing"),
          Map.entry("temporal.namespaces.billing.workflows", "HelloWorkflow"),
          Map.entry("temporal.namespaces.billing.workflows.HelloWorkflow.memo", "team"),
          Map.entry(
              "temporal.namespaces.billing.workflows.HelloWorkflow.search-attributes",
              "CustomerTier"),
          Map.entry("temporal.schedules", "report"),
          Map.entry("temporal.schedules.report.arguments", "0"),
          Map.entry("temporal.schedules.report.memo", "team"),
          Map.entry("temporal.schedules.report.search-attributes", "CustomerTier"));

  private TemporalPropertyKeys() {}

  /** Returns every leaf key, each level in alphabetical order. */
  static List<PropertyKey> all() {
    List<PropertyKey> keys = new ArrayList<>();
    collect(PREFIX, TemporalProperties.class, keys);
    return keys;
  }

  private static void collect(String prefix, Class<?> type, List<PropertyKey> keys) {
    for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
      if (descriptor.getReadMethod() == null || "class".equals(descriptor.getName())) {
        continue;
      }
      String name = prefix + "." + kebab(descriptor.getName());
      ResolvableType propertyType = ResolvableType.forMethodReturnType(descriptor.getReadMethod());
      Class<?> raw = propertyType.toClass();
      if (Collection.class.isAssignableFrom(raw)) {
        Class<?> element = propertyType.asCollection().getGeneric(0).toClass();
        if (isScalar(element)) {
          keys.add(new PropertyKey(name, element, true));
        } else {
          collect(name + "[0]", element, keys);
        }
      } else if (Map.class.isAssignableFrom(raw)) {
        Class<?> value = propertyType.asMap().getGeneric(1).toClass();
        String entry = name + "." + MAP_SAMPLES.getOrDefault(name, "sample");
        if (isScalar(value)) {
          keys.add(new PropertyKey(entry, value, false));
        } else {
          collect(entry, value, keys);
        }
      } else if (isScalar(raw)) {
        if (descriptor.getWriteMethod() != null) {
          keys.add(new PropertyKey(name, raw, false));
        }
      } else {
        collect(name, raw, keys);
      }
    }
  }

  private static boolean isScalar(Class<?> type) {
    return ClassUtils.isPrimitiveOrWrapper(type)
        || type.isEnum()
        || type == String.class
        || type == Object.class
        || Number.class.isAssignableFrom(type)
        || type == Duration.class
        || type == DataSize.class
        || !type.getName().startsWith("dev.temporalboot.");
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * One leaf key.
   *
   * @param name the key as written in configuration
   * @param type the Java type it binds to (the element type of a list)
   * @param list whether the key holds a comma-separated list
   */
  record PropertyKey(String name, Class<?> type, boolean list) {

    /** Whether the key configures the embedded server, which must run to consume it. */
    boolean embedded() {
      return this.name.startsWith("temporal.embedded.");
    }

    @Override
    public String toString() {
      return this.name;
    }
  }
}
