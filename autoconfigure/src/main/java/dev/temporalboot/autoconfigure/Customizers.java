package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;

/** Applies the {@link TemporalCustomizer} beans of one builder type, in {@code @Order}. */
final class Customizers {

  private Customizers() {}

  static <B> B apply(B builder, ObjectProvider<TemporalCustomizer<B>> customizers) {
    customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
    return builder;
  }

  /**
   * Returns customizer beans by bean name, in {@code @Order}, so that a failing one can be named.
   *
   * @param customizers the beans, ordered as {@link ObjectProvider#orderedStream()} orders them
   * @param beanFactory the factory that holds them
   * @param type their type
   * @return the beans by name, in order; one that is no singleton bean is named by its class and
   *     identity
   */
  static <C> Map<String, C> byBeanName(
      ObjectProvider<C> customizers, ListableBeanFactory beanFactory, Class<C> type) {
    Map<String, C> beans = beanFactory.getBeansOfType(type, false, true);
    Map<String, C> named = new LinkedHashMap<>();
    customizers
        .orderedStream()
        .forEach((customizer) -> named.put(nameOf(customizer, beans), customizer));
    return named;
  }

  private static <C> String nameOf(C customizer, Map<String, C> beans) {
    return beans.entrySet().stream()
        .filter((bean) -> bean.getValue() == customizer)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseGet(
            () ->
                customizer.getClass().getName()
                    + "@"
                    + Integer.toHexString(System.identityHashCode(customizer)));
  }
}
