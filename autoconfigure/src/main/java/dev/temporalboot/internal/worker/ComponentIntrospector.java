package dev.temporalboot.internal.worker;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import io.temporal.common.metadata.POJOActivityImplMetadata;
import io.temporal.common.metadata.POJOActivityInterfaceMetadata;
import io.temporal.common.metadata.POJOActivityMethodMetadata;
import io.temporal.common.metadata.POJOWorkflowImplMetadata;
import io.temporal.common.metadata.POJOWorkflowInterfaceMetadata;
import io.temporal.common.metadata.POJOWorkflowMethodMetadata;
import java.lang.reflect.Modifier;
import java.util.List;
import org.springframework.aop.support.AopUtils;

/**
 * Reads workflow and activity types from classes with the SDK's metadata, and explains failures.
 */
final class ComponentIntrospector {

  private ComponentIntrospector() {}

  static WorkflowRegistration workflow(Class<?> implementation, String source) {
    String component = "Workflow class " + implementation.getName() + " (" + source + ")";
    if (implementation.isInterface() || Modifier.isAbstract(implementation.getModifiers())) {
      throw new InvalidTemporalComponentException(
          component,
          "it is an interface or abstract, so it cannot be instantiated per execution.",
          "Register the concrete class that implements the @WorkflowInterface.");
    }
    POJOWorkflowImplMetadata metadata;
    try {
      metadata = POJOWorkflowImplMetadata.newInstanceForWorkflowFactory(implementation);
    } catch (IllegalArgumentException | IllegalStateException ex) {
      throw new InvalidTemporalComponentException(
          component,
          "it is not a valid workflow implementation: " + ex.getMessage(),
          "Implement an interface annotated with @WorkflowInterface that has one @WorkflowMethod.",
          ex);
    }
    List<String> types =
        metadata.getWorkflowMethods().stream().map(POJOWorkflowMethodMetadata::getName).toList();
    if (types.isEmpty()) {
      throw new InvalidTemporalComponentException(
          component,
          "it implements no @WorkflowInterface with a @WorkflowMethod.",
          "Implement an interface annotated with @WorkflowInterface that has one @WorkflowMethod.");
    }
    List<Class<?>> interfaces =
        metadata.getWorkflowInterfaces().stream()
            .filter((i) -> i.getWorkflowMethod().isPresent())
            .<Class<?>>map(POJOWorkflowInterfaceMetadata::getInterfaceClass)
            .toList();
    return new WorkflowRegistration(implementation, types, interfaces, source);
  }

  static ActivityRegistration activity(String beanName, Object bean, String namedIn) {
    Class<?> target = AopUtils.getTargetClass(bean);
    String component = "Activity bean '" + beanName + "' (" + target.getName() + ")" + namedIn;
    POJOActivityImplMetadata metadata;
    try {
      metadata = POJOActivityImplMetadata.newInstance(target);
    } catch (IllegalArgumentException | IllegalStateException ex) {
      throw new InvalidTemporalComponentException(
          component,
          "it is not a valid activity implementation: " + ex.getMessage(),
          "Implement at least one interface annotated with @ActivityInterface.",
          ex);
    }
    List<String> types =
        metadata.getActivityMethods().stream()
            .map(POJOActivityMethodMetadata::getActivityTypeName)
            .toList();
    List<Class<?>> interfaces =
        metadata.getActivityInterfaces().stream()
            .<Class<?>>map(POJOActivityInterfaceMetadata::getInterfaceClass)
            .toList();
    if (types.isEmpty()) {
      throw new InvalidTemporalComponentException(
          component,
          "it implements no @ActivityInterface methods.",
          "Implement at least one interface annotated with @ActivityInterface.");
    }
    for (Class<?> activityInterface : interfaces) {
      if (!activityInterface.isInstance(bean)) {
        throw new InvalidTemporalComponentException(
            component,
            "its proxy does not implement "
                + activityInterface.getName()
                + ", so calls would fail.",
            "Proxy the target class (spring.aop.proxy-target-class=true) or expose the activity"
                + " interface on the proxy.");
      }
    }
    return new ActivityRegistration(beanName, bean, types, interfaces);
  }
}
