package dev.temporalboot.internal.scan;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** Finds the types below some packages that carry an annotation, without making them beans. */
public final class AnnotatedTypes {

  private AnnotatedTypes() {}

  /**
   * Scans packages for types with an annotation, on them or inherited from an interface. In an
   * application Spring AOT processed, returns what the same scan found at build time instead.
   *
   * @param annotation the annotation, e.g. {@code WorkflowImpl}
   * @param candidate which annotated types count, e.g. {@code AnnotationMetadata::isInterface}
   * @param packages the packages to scan, with their subpackages
   * @param environment resolves placeholders in package names
   * @param resourceLoader reads the class files and loads the classes found
   * @return the types found, in scan order
   */
  public static Set<Class<?>> find(
      Class<? extends Annotation> annotation,
      Predicate<AnnotationMetadata> candidate,
      List<String> packages,
      Environment environment,
      ResourceLoader resourceLoader) {
    List<String> known = ScanIndex.find(environment, annotation, packages);
    if (known != null) {
      Set<Class<?>> types = new LinkedHashSet<>();
      known.forEach(
          (name) -> types.add(ClassUtils.resolveClassName(name, resourceLoader.getClassLoader())));
      return types;
    }
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false, environment) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return candidate.test(definition.getMetadata());
          }
        };
    scanner.setResourceLoader(resourceLoader);
    scanner.addIncludeFilter(new AnnotationTypeFilter(annotation, false, true));
    Set<Class<?>> types = new LinkedHashSet<>();
    for (String basePackage : packages) {
      for (BeanDefinition found : scanner.findCandidateComponents(basePackage)) {
        types.add(
            ClassUtils.resolveClassName(
                Objects.requireNonNull(
                    found.getBeanClassName(), "a scanned candidate has its class name"),
                resourceLoader.getClassLoader()));
      }
    }
    return types;
  }
}
