package dev.temporalboot.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;

/**
 * Which of the application's customizer, interceptor, propagator and plugin beans apply to one
 * namespace: a bean with {@code @Qualifier} naming an alias of {@code temporal.namespaces} applies
 * to that namespace only; every other bean applies to every namespace, the primary one included.
 *
 * @param beanFactory the application's bean factory
 * @param alias the namespace's alias, empty for the primary namespace
 * @param aliases every alias of {@code temporal.namespaces}
 */
record NamespaceFilter(
    ConfigurableListableBeanFactory beanFactory, String alias, Set<String> aliases) {

  /**
   * Returns the beans of a provider that apply to this namespace, in {@code @Order}.
   *
   * @param beans the beans
   * @param type their raw type, to find their names
   * @return the beans that apply
   */
  <T> List<T> select(ObjectProvider<T> beans, Class<?> type) {
    if (this.aliases.isEmpty()) {
      return beans.orderedStream().toList(); // one namespace: every bean, as always
    }
    Map<String, ?> byName = this.beanFactory.getBeansOfType(type, true, false);
    return beans.orderedStream().filter((bean) -> applies(nameOf(bean, byName))).toList();
  }

  /**
   * Returns whether a bean applies to this namespace.
   *
   * @param beanName the bean's name, or null for an object that is no bean
   * @return true unless the bean is qualified with another alias
   */
  boolean applies(@Nullable String beanName) {
    if (beanName == null || !this.beanFactory.containsBean(beanName)) {
      return true;
    }
    Qualifier qualifier = this.beanFactory.findAnnotationOnBean(beanName, Qualifier.class);
    return qualifier == null
        || !this.aliases.contains(qualifier.value())
        || qualifier.value().equals(this.alias);
  }

  /**
   * Returns whether any bean of a type is qualified with this namespace's alias.
   *
   * @param type the type
   * @return true when a bean of it applies to this namespace only
   */
  boolean hasOwn(ResolvableType type) {
    if (this.alias.isEmpty()) {
      return false;
    }
    for (String name : this.beanFactory.getBeanNamesForType(type, true, false)) {
      Qualifier qualifier = this.beanFactory.findAnnotationOnBean(name, Qualifier.class);
      if (qualifier != null && qualifier.value().equals(this.alias)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String nameOf(Object bean, Map<String, ?> byName) {
    for (Map.Entry<String, ?> entry : byName.entrySet()) {
      if (entry.getValue() == bean) {
        return entry.getKey();
      }
    }
    return null;
  }
}
