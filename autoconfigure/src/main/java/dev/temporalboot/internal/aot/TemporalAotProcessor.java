package dev.temporalboot.internal.aot;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.NexusServiceImpl;
import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.internal.scan.AnnotatedTypes;
import dev.temporalboot.internal.scan.ScanIndex.AnnotatedBean;
import io.temporal.client.WorkflowClient;
import io.temporal.workflow.WorkflowInterface;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Runs at build time, when Spring AOT processes an application that uses Temporal: scans the
 * application's packages for {@code @WorkflowImpl} classes and workflow interfaces as start-up
 * would, so that the generated code hands start-up the result, and collects the types that need
 * runtime hints. Registered in {@code META-INF/spring/aot.factories}.
 */
public final class TemporalAotProcessor implements BeanFactoryInitializationAotProcessor {

  @Override
  public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
      ConfigurableListableBeanFactory beanFactory) {
    if (beanFactory.getBeanNamesForType(WorkflowClient.class, true, false).length == 0) {
      return null;
    }
    List<String> packages =
        AutoConfigurationPackages.has(beanFactory)
            ? AutoConfigurationPackages.get(beanFactory)
            : List.of();
    Environment environment =
        beanFactory.getBean(
            ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME, Environment.class);
    ResourceLoader resourceLoader = new DefaultResourceLoader(beanFactory.getBeanClassLoader());
    // The same scans as WorkflowClassScanner and WorkflowInterfaceNames.
    Set<Class<?>> workflows =
        AnnotatedTypes.find(
            WorkflowImpl.class,
            AnnotationMetadata::isIndependent,
            packages,
            environment,
            resourceLoader);
    Set<Class<?>> workflowInterfaces =
        AnnotatedTypes.find(
            WorkflowInterface.class,
            AnnotationMetadata::isInterface,
            packages,
            environment,
            resourceLoader);
    List<AnnotatedBean> activities =
        annotatedBeans(
            beanFactory, ActivityImpl.class, ActivityImpl::taskQueues, ActivityImpl::namespace);
    List<AnnotatedBean> nexusServices =
        annotatedBeans(
            beanFactory,
            NexusServiceImpl.class,
            NexusServiceImpl::taskQueues,
            NexusServiceImpl::namespace);
    return new TemporalAotContribution(
        packages,
        workflows,
        workflowInterfaces,
        new TemporalAotContribution.Beans(
            ActivityImpl.class, activities, beanTypes(beanFactory, activities)),
        new TemporalAotContribution.Beans(
            NexusServiceImpl.class, nexusServices, beanTypes(beanFactory, nexusServices)));
  }

  /**
   * The beans whose class carries an annotation, as their definitions declare them and as
   * start-up's {@code AnnotatedBeanDeclarations} reads them.
   */
  private static <A extends Annotation> List<AnnotatedBean> annotatedBeans(
      ConfigurableListableBeanFactory beanFactory,
      Class<A> annotation,
      Function<A, String[]> taskQueues,
      Function<A, String> namespace) {
    List<AnnotatedBean> beans = new ArrayList<>();
    for (String name : beanFactory.getBeanDefinitionNames()) {
      Class<?> type;
      try {
        type = beanFactory.getType(name, false);
      } catch (BeansException | LinkageError ex) {
        continue; // not resolvable without creating it; start-up finds it as before
      }
      A found =
          (type != null) ? AnnotatedElementUtils.findMergedAnnotation(type, annotation) : null;
      if (found != null) {
        beans.add(
            new AnnotatedBean(name, List.of(taskQueues.apply(found)), namespace.apply(found)));
      }
    }
    return beans;
  }

  /** The classes of those beans, which need runtime hints. */
  private static Set<Class<?>> beanTypes(
      ConfigurableListableBeanFactory beanFactory, List<AnnotatedBean> beans) {
    Set<Class<?>> types = new LinkedHashSet<>();
    for (AnnotatedBean bean : beans) {
      Class<?> type = beanFactory.getType(bean.beanName(), false);
      if (type != null) {
        types.add(ClassUtils.getUserClass(type));
      }
    }
    return types;
  }
}
