package dev.temporalboot.autoconfigure.internal.validation;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.core.ResolvableType;

/**
 * The tree of keys that the {@code temporal.*} properties classes accept, read from their JavaBean
 * properties as Spring Boot's binder reads them: a group of named keys, a list, a map, or a value.
 */
sealed interface PropertySchema {

  /** Package whose classes are groups of keys; any other type is bound as a single value. */
  String PROPERTIES_PACKAGE = "dev.temporalboot.autoconfigure";

  /**
   * Reads the schema of a properties class.
   *
   * @param type the root properties class
   * @return its schema
   */
  static PropertySchema of(Class<?> type) {
    return of(ResolvableType.forClass(type));
  }

  private static PropertySchema of(ResolvableType type) {
    if (type.asMap() != ResolvableType.NONE) {
      return new MapOf(of(type.asMap().getGeneric(1)));
    }
    if (type.isArray() || type.asCollection() != ResolvableType.NONE) {
      ResolvableType element =
          type.isArray() ? type.getComponentType() : type.asCollection().getGeneric(0);
      return new ListOf(of(element));
    }
    Class<?> raw = type.resolve(Object.class);
    if (raw.isEnum() || raw.getPackage() == null) {
      return new Value(raw);
    }
    if (raw.getPackageName().equals(PROPERTIES_PACKAGE)) {
      Map<String, PropertySchema> keys = new LinkedHashMap<>();
      Map<String, String> javaNames = new LinkedHashMap<>();
      for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(raw)) {
        Method getter = descriptor.getReadMethod();
        if (getter != null && getter.getDeclaringClass() != Object.class) {
          String key = DataObjectPropertyName.toDashedForm(descriptor.getName());
          keys.put(key, of(ResolvableType.forMethodReturnType(getter)));
          javaNames.put(key, descriptor.getName());
        }
      }
      return new Group(raw, keys, javaNames);
    }
    return new Value(raw);
  }

  /** Named keys, one per JavaBean property, in kebab case, with the property's Java name. */
  record Group(Class<?> type, Map<String, PropertySchema> keys, Map<String, String> javaNames)
      implements PropertySchema {

    /** Returns the key whose name matches, ignoring dashes and case as the binder does. */
    @Nullable PropertySchema key(String uniformName) {
      for (Map.Entry<String, PropertySchema> key : this.keys.entrySet()) {
        if (uniform(key.getKey()).equals(uniformName)) {
          return key.getValue();
        }
      }
      return null;
    }

    /** Returns the Java name of one of the {@link #keys()}. */
    String javaName(String key) {
      return Objects.requireNonNull(this.javaNames.get(key), "every key has a Java name");
    }

    Collection<String> names() {
      return this.keys.keySet();
    }
  }

  /** A list, written with indexes or as one comma-separated value. */
  record ListOf(PropertySchema element) implements PropertySchema {}

  /** A map with free keys; a map of values takes dotted keys too (the binder keeps them whole). */
  record MapOf(PropertySchema value) implements PropertySchema {}

  /** A single value of the given type. */
  record Value(Class<?> type) implements PropertySchema {}

  /** A name in the binder's uniform form: lower case, without dashes. */
  static String uniform(String name) {
    return name.replace("-", "").toLowerCase(Locale.ROOT);
  }
}
