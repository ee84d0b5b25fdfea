package dev.temporalboot.internal.worker;

import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.internal.scan.AnnotatedTypes;
import java.util.List;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Finds {@link WorkflowImpl} classes below the application's packages. Abstract classes are kept,
 * so that registration can explain why they cannot be used instead of skipping them.
 */
final class WorkflowClassScanner {

  private WorkflowClassScanner() {}

  static Set<Class<?>> scan(
      List<String> packages, Environment environment, ResourceLoader resourceLoader) {
    return AnnotatedTypes.find(
        WorkflowImpl.class,
        AnnotationMetadata::isIndependent,
        packages,
        environment,
        resourceLoader);
  }
}
