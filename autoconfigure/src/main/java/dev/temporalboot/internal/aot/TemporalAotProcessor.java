package dev.temporalboot.internal.aot;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.NexusServiceImpl;
import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.internal.scan.AnnotatedTypes;
import io.temporal.client.WorkflowClient;
import io.temporal.workflow.WorkflowInterface;
import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    return new TemporalAotContribution(
        packages,
        workflows,
        workflowInterfaces,
        beanTypes(beanFactory, ActivityImpl.class),
        beanTypes(beanFactory, NexusServiceImpl.class));
  }

  /** The classes of the beans that carry an annotation, as their definitions declare them. */
  private static Set<Class<?>> beanTypes(
      ConfigurableListableBeanFactory beanFactory, Class<? extends Annotation> annotation) {
    Set<Class<?>> types = new LinkedHashSet<>();
    for (String name : beanFactory.getBeanDefinitionNames()) {
      Class<?> type;
      try {
        type = beanFactory.getType(name, false);
      } catch (BeansException | LinkageError ex) {
        continue; // not resolvable without creating it; start-up finds it as before
      }
      if (type != null) {
        Class<?> user = ClassUtils.getUserClass(type);
        if (AnnotatedElementUtils.hasAnnotation(user, annotation)) {
          types.add(user);
        }
      }
    }
    return types;
  }
}
