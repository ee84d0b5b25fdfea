package dev.temporalboot.internal.check;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Map keys that name an interface, such as {@code temporal.activities.<key>}: the simple name of
 * one the application knows (ignoring case, which environment variables lose), or a fully qualified
 * name.
 */
public final class InterfaceKeys {

  /**
   * The interfaces a map's keys name.
   *
   * @param singular one of them, for messages, e.g. {@code an activity interface}
   * @param plural several, e.g. {@code activity interfaces}
   * @param annotation what marks one
   * @param example a fully qualified name to show, e.g. {@code com.acme.PaymentActivities}
   */
  public record Kind(
      String singular, String plural, Class<? extends Annotation> annotation, String example) {

    /** Whether a type is an interface of this kind. */
    public boolean matches(Class<?> type) {
      return type.isInterface() && type.isAnnotationPresent(this.annotation);
    }
  }

  private InterfaceKeys() {}

  /**
   * Resolves a key to the interface it names.
   *
   * @param prefix the map's prefix with its dot, e.g. {@code temporal.activities.}
   * @param key the key as bound
   * @param known the interfaces of this kind the application implements or injects
   * @param classLoader loads a fully qualified name; null for the default class loader
   * @param kind what the keys name
   * @return the interface
   * @throws InvalidTemporalPropertyException naming the key when it names none or several
   */
  public static Class<?> resolve(
      String prefix,
      String key,
      Collection<Class<?>> known,
      @Nullable ClassLoader classLoader,
      Kind kind) {
    List<Class<?>> bySimpleName =
        known.stream().filter((type) -> type.getSimpleName().equalsIgnoreCase(key)).toList();
    if (bySimpleName.size() == 1) {
      return bySimpleName.get(0);
    }
    String bracketed = prefix.substring(0, prefix.length() - 1) + "[" + kind.example() + "]";
    if (bySimpleName.size() > 1) {
      throw new InvalidTemporalPropertyException(
          prefix + key,
          "'" + key + "' names several " + kind.plural() + ": " + names(bySimpleName) + ".",
          "Use the fully qualified name of the one you mean, in brackets: " + bracketed + ".");
    }
    try {
      Class<?> type = ClassUtils.forName(key, classLoader);
      if (kind.matches(type)) {
        return type;
      }
    } catch (ClassNotFoundException | LinkageError ex) {
      // reported below, with the names that would work
    }
    throw new InvalidTemporalPropertyException(
        prefix + key,
        "'"
            + key
            + "' is neither 'default', nor "
            + kind.singular()
            + " this app implements or injects, nor the full name of an @"
            + kind.annotation().getSimpleName()
            + " interface.",
        "Use 'default', a full name in brackets ("
            + bracketed
            + "), or one of: "
            + (known.isEmpty() ? "(none found)" : names(known))
            + ".");
  }

  private static String names(Collection<Class<?>> types) {
    return types.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
  }
}
