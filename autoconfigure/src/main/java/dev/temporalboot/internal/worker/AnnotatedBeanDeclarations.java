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

  private final Map<String, Declared> declared = new LinkedHashMap<>();

  private final Map<String, Declared> declaredNexus = new LinkedHashMap<>();

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
        this.declared.put(name, new Declared(activity.taskQueues(), activity.namespace()));
      }
      NexusServiceImpl nexus =
          AnnotatedElementUtils.findMergedAnnotation(type, NexusServiceImpl.class);
      if (nexus != null) {
        this.declaredNexus.put(name, new Declared(nexus.taskQueues(), nexus.namespace()));
      }
    }
  }

  /**
   * Returns the task queues and namespace of every activity bean, by bean name: from the bean as it
   * is now, or, for a replaced bean, from its original declaration.
   */
  Map<String, Declared> activityBeans(ListableBeanFactory beanFactory) {
    return find(
        beanFactory,
        this.declared,
        ActivityImpl.class,
        (a) -> new Declared(a.taskQueues(), a.namespace()));
  }

  /** Returns the task queues and namespace of every Nexus service bean, as for activity beans. */
  Map<String, Declared> nexusServiceBeans(ListableBeanFactory beanFactory) {
    return find(
        beanFactory,
        this.declaredNexus,
        NexusServiceImpl.class,
        (n) -> new Declared(n.taskQueues(), n.namespace()));
  }

  private static <A extends Annotation> Map<String, Declared> find(
      ListableBeanFactory beanFactory,
      Map<String, Declared> declared,
      Class<A> annotationType,
      Function<A, Declared> read) {
    Map<String, Declared> beans = new LinkedHashMap<>();
    declared.forEach(
        (name, declaration) -> {
          if (beanFactory.containsBean(name)) {
            beans.put(name, declaration);
          }
        });
    for (String name : beanFactory.getBeanNamesForAnnotation(annotationType)) {
      A annotation =
          Objects.requireNonNull(
              beanFactory.findAnnotationOnBean(name, annotationType),
              "listed by getBeanNamesForAnnotation");
      beans.put(name, read.apply(annotation));
    }
    return beans;
  }

  /**
   * What an annotation declares.
   *
   * @param taskQueues the task queues, as written
   * @param namespace the namespace alias, empty for the primary namespace
   */
  record Declared(String[] taskQueues, String namespace) {}

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
