package dev.temporalboot.internal.worker;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.NexusServiceImpl;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Remembers which beans are declared with {@link ActivityImpl} or {@link NexusServiceImpl}, before
 * anything can replace their definitions. A test's {@code @MockitoBean} swaps such a bean for a
 * mock that may carry no annotation; the mock is then registered on the task queues of the bean it
 * replaces.
 */
public class AnnotatedBeanDeclarations implements BeanFactoryPostProcessor, PriorityOrdered {

  private final Map<String, String[]> declared = new LinkedHashMap<>();

  private final Map<String, String[]> declaredNexus = new LinkedHashMap<>();

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
      if (type == null) {
        continue;
      }
      ActivityImpl activity = AnnotatedElementUtils.findMergedAnnotation(type, ActivityImpl.class);
      if (activity != null) {
        this.declared.put(name, activity.taskQueues());
      }
      NexusServiceImpl nexus =
          AnnotatedElementUtils.findMergedAnnotation(type, NexusServiceImpl.class);
      if (nexus != null) {
        this.declaredNexus.put(name, nexus.taskQueues());
      }
    }
  }

  /**
   * Returns the task queues of every activity bean, by bean name: from the bean as it is now, or,
   * for a replaced bean, from its original declaration.
   */
  Map<String, String[]> taskQueuesByBean(ListableBeanFactory beanFactory) {
    return taskQueues(beanFactory, this.declared, ActivityImpl.class, ActivityImpl::taskQueues);
  }

  /** Returns the task queues of every Nexus service bean, by bean name, as for activity beans. */
  Map<String, String[]> nexusTaskQueuesByBean(ListableBeanFactory beanFactory) {
    return taskQueues(
        beanFactory, this.declaredNexus, NexusServiceImpl.class, NexusServiceImpl::taskQueues);
  }

  private static <A extends Annotation> Map<String, String[]> taskQueues(
      ListableBeanFactory beanFactory,
      Map<String, String[]> declared,
      Class<A> annotationType,
      Function<A, String[]> taskQueues) {
    Map<String, String[]> queues = new LinkedHashMap<>();
    declared.forEach(
        (name, declaredQueues) -> {
          if (beanFactory.containsBean(name)) {
            queues.put(name, declaredQueues);
          }
        });
    for (String name : beanFactory.getBeanNamesForAnnotation(annotationType)) {
      A annotation =
          Objects.requireNonNull(
              beanFactory.findAnnotationOnBean(name, annotationType),
              "listed by getBeanNamesForAnnotation");
      queues.put(name, taskQueues.apply(annotation));
    }
    return queues;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
