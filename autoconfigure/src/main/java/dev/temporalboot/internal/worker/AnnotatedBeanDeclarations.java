package dev.temporalboot.internal.worker;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.NexusServiceImpl;
import dev.temporalboot.internal.scan.ScanIndex;
import dev.temporalboot.internal.scan.ScanIndex.AnnotatedBean;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotationSelectors;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.annotation.RepeatableContainers;
import org.springframework.core.env.Environment;

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
    if (fromBuildTime(beanFactory)) {
      return;
    }
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
      // One view of the type's annotations for both lookups, as findMergedAnnotation reads them.
      MergedAnnotations annotations =
          MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY, RepeatableContainers.none());
      ActivityImpl activity = synthesized(annotations, ActivityImpl.class);
      if (activity != null) {
        this.declared.put(name, new Declared(activity.taskQueues(), activity.namespace()));
      }
      NexusServiceImpl nexus = synthesized(annotations, NexusServiceImpl.class);
      if (nexus != null) {
        this.declaredNexus.put(name, new Declared(nexus.taskQueues(), nexus.namespace()));
      }
    }
  }

  /**
   * In an application Spring AOT processed, takes the annotated beans it found at build time
   * instead of reading the annotations of every bean again.
   */
  private boolean fromBuildTime(ConfigurableListableBeanFactory beanFactory) {
    if (!beanFactory.containsBean(ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME)) {
      return false;
    }
    Environment environment =
        beanFactory.getBean(
            ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME, Environment.class);
    List<AnnotatedBean> activities = ScanIndex.beans(environment, ActivityImpl.class);
    List<AnnotatedBean> nexus = ScanIndex.beans(environment, NexusServiceImpl.class);
    if (activities == null || nexus == null) {
      return false;
    }
    activities.forEach((bean) -> this.declared.put(bean.beanName(), declared(bean)));
    nexus.forEach((bean) -> this.declaredNexus.put(bean.beanName(), declared(bean)));
    return true;
  }

  private static Declared declared(AnnotatedBean bean) {
    return new Declared(bean.taskQueues().toArray(String[]::new), bean.namespace());
  }

  private static <A extends Annotation> @Nullable A synthesized(
      MergedAnnotations annotations, Class<A> type) {
    MergedAnnotation<A> annotation =
        annotations.get(type, null, MergedAnnotationSelectors.firstDirectlyDeclared());
    return annotation.isPresent() ? annotation.synthesize() : null;
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
