package dev.temporalboot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;

/** Names the customizer beans, so that a failing one can be named. */
final class Customizers {

  private Customizers() {}

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
