package dev.temporalboot.internal.worker;

import dev.temporalboot.WorkflowImpl;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds {@link WorkflowImpl} classes below the application's packages. Abstract classes are kept,
 * so that registration can explain why they cannot be used instead of skipping them.
 */
final class WorkflowClassScanner {

  private WorkflowClassScanner() {}

  static Set<Class<?>> scan(
      List<String> packages, Environment environment, ResourceLoader resourceLoader) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false, environment) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isIndependent();
          }
        };
    scanner.setResourceLoader(resourceLoader);
    scanner.addIncludeFilter(new AnnotationTypeFilter(WorkflowImpl.class, false, true));
    Set<Class<?>> classes = new LinkedHashSet<>();
    for (String basePackage : packages) {
      for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
        classes.add(
            ClassUtils.resolveClassName(
                Objects.requireNonNull(
                    candidate.getBeanClassName(), "a scanned candidate has its class name"),
                resourceLoader.getClassLoader()));
      }
    }
    return classes;
  }
}
