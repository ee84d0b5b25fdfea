package dev.temporalboot.internal.worker;

import dev.temporalboot.ActivityImpl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Remembers which beans are declared with {@link ActivityImpl}, before anything can replace their
 * definitions. A test's {@code @MockitoBean} swaps an activity bean for a mock that carries no
 * annotation; the mock is then registered on the task queues of the bean it replaces.
 */
public class ActivityImplDeclarations implements BeanFactoryPostProcessor, PriorityOrdered {

  private final Map<String, String[]> declared = new LinkedHashMap<>();

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory)
      throws BeansException {
    for (String name : beanFactory.getBeanDefinitionNames()) {
      Class<?> type;
      try {
        type = beanFactory.getType(name, false);
      } catch (BeansException | LinkageError ex) {
        continue; // not resolvable without creating it: the live lookup will find it
      }
      ActivityImpl annotation =
          (type != null)
              ? AnnotatedElementUtils.findMergedAnnotation(type, ActivityImpl.class)
              : null;
      if (annotation != null) {
        this.declared.put(name, annotation.taskQueues());
      }
    }
  }

  /**
   * Returns the task queues of every activity bean, by bean name: from the bean as it is now, or,
   * for a replaced bean, from its original declaration.
   */
  Map<String, String[]> taskQueuesByBean(ListableBeanFactory beanFactory) {
    Map<String, String[]> queues = new LinkedHashMap<>();
    this.declared.forEach(
        (name, declaredQueues) -> {
          if (beanFactory.containsBean(name)) {
            queues.put(name, declaredQueues);
          }
        });
    for (String name : beanFactory.getBeanNamesForAnnotation(ActivityImpl.class)) {
      ActivityImpl annotation =
          Objects.requireNonNull(
              beanFactory.findAnnotationOnBean(name, ActivityImpl.class),
              "listed by getBeanNamesForAnnotation");
      queues.put(name, annotation.taskQueues());
    }
    return queues;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
