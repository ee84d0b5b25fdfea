package dev.temporalboot.autoconfigure.internal.validation;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads a {@code temporal.*} key before the properties are bound, as conditions must: a value that
 * does not convert fails start-up naming the key, as it would when bound.
 */
public final class StrictProperties {

  private StrictProperties() {}

  /**
   * Binds one key.
   *
   * @param environment the environment
   * @param key the full key
   * @param type its type
   * @return its value, or null when it is not set
   * @throws dev.temporalboot.diagnostics.InvalidTemporalPropertyException when it does not convert
   */
  public static <T> @Nullable T bind(Environment environment, String key, Class<T> type) {
    try {
      return Binder.get(environment).bind(key, type).orElse(null);
    } catch (BindException ex) {
      throw BindFailures.explain(ex);
    }
  }
}
