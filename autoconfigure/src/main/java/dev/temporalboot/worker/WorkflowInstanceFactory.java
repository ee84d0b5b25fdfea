package dev.temporalboot.worker;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import io.temporal.activity.ActivityInterface;
import io.temporal.workflow.Functions;
import io.temporal.workflow.Workflow;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Creates a new workflow implementation instance per execution, injecting its constructor
 * parameters: an activity stub for each {@code @ActivityInterface}, a context bean for the rest.
 *
 * @param <T> the workflow implementation type
 */
final class WorkflowInstanceFactory<T> implements Functions.Func<T> {

  private final Constructor<T> constructor;

  private final List<DependencyDescriptor> parameters;

  private final AutowireCapableBeanFactory beanFactory;

  private WorkflowInstanceFactory(
      Constructor<T> constructor, AutowireCapableBeanFactory beanFactory) {
    this.constructor = constructor;
    this.beanFactory = beanFactory;
    this.parameters =
        IntStream.range(0, constructor.getParameterCount())
            .mapToObj((i) -> new DependencyDescriptor(new MethodParameter(constructor, i), true))
            .toList();
  }

  /**
   * Creates the factory, and resolves every bean parameter once so that a missing bean fails at
   * startup rather than at the first execution.
   */
  static <T> WorkflowInstanceFactory<T> create(
      Class<T> implementation, AutowireCapableBeanFactory beanFactory) {
    WorkflowInstanceFactory<T> factory =
        new WorkflowInstanceFactory<>(chooseConstructor(implementation), beanFactory);
    for (DependencyDescriptor parameter : factory.parameters) {
      if (!isActivityInterface(parameter.getDependencyType())) {
        factory.resolve(parameter);
      }
    }
    return factory;
  }

  @Override
  public T apply() {
    Object[] arguments = new Object[this.parameters.size()];
    for (int i = 0; i < arguments.length; i++) {
      DependencyDescriptor parameter = this.parameters.get(i);
      Class<?> type = parameter.getDependencyType();
      arguments[i] =
          isActivityInterface(type) ? Workflow.newActivityStub(type) : resolve(parameter);
    }
    return BeanUtils.instantiateClass(this.constructor, arguments);
  }

  private Object resolve(DependencyDescriptor parameter) {
    try {
      return this.beanFactory.resolveDependency(parameter, null);
    } catch (BeansException ex) {
      throw new InvalidTemporalComponentException(
          "Workflow class " + this.constructor.getDeclaringClass().getName(),
          "constructor parameter '"
              + parameter.getMethodParameter().getParameterName()
              + "' of type "
              + parameter.getDependencyType().getName()
              + " cannot be injected: "
              + ex.getMessage(),
          "Define a bean of that type, or remove the parameter.",
          ex);
    }
  }

  static boolean isActivityInterface(Class<?> type) {
    return type.isInterface() && AnnotatedElementUtils.hasAnnotation(type, ActivityInterface.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> Constructor<T> chooseConstructor(Class<T> implementation) {
    Constructor<T>[] constructors = (Constructor<T>[]) implementation.getDeclaredConstructors();
    if (constructors.length == 1) {
      return accessible(implementation, constructors[0]);
    }
    List<Constructor<T>> autowired =
        Arrays.stream(constructors).filter((c) -> c.isAnnotationPresent(Autowired.class)).toList();
    if (autowired.size() == 1) {
      return accessible(implementation, autowired.get(0));
    }
    try {
      return accessible(implementation, implementation.getDeclaredConstructor());
    } catch (NoSuchMethodException ex) {
      throw new InvalidTemporalComponentException(
          "Workflow class " + implementation.getName(),
          "it has " + constructors.length + " constructors and none is marked to use.",
          "Keep one constructor, or annotate the one to use with @Autowired.");
    }
  }

  private static <T> Constructor<T> accessible(Class<T> type, Constructor<T> constructor) {
    if (!Modifier.isPublic(constructor.getModifiers())
        || !Modifier.isPublic(type.getModifiers())
        || (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()))) {
      throw new InvalidTemporalComponentException(
          "Workflow class " + type.getName(),
          "its constructor "
              + constructor.toGenericString()
              + " is not public on a public top-level or static nested class.",
          "Make the class and its constructor public (nested classes static).");
    }
    return constructor;
  }
}
