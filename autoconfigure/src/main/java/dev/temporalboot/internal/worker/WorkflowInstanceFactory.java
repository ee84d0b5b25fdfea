package dev.temporalboot.internal.worker;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.NexusServiceStub;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.internal.activity.InjectedActivityStub;
import dev.temporalboot.internal.nexus.InjectedNexusStub;
import dev.temporalboot.internal.nexus.NexusServiceOptionsCatalog;
import io.temporal.activity.ActivityInterface;
import io.temporal.workflow.Functions;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Creates a new workflow implementation instance per execution. Constructor parameters and {@link
 * ActivityStub} fields whose type is an {@code @ActivityInterface} get an activity stub (never the
 * activity bean, which would run the activity inline and break determinism); those and {@link
 * NexusServiceStub} fields whose type is a Nexus {@code @Service} interface get a Nexus service
 * stub; other parameters get context beans. Everything that can be checked is checked at startup.
 *
 * @param <T> the workflow implementation type
 */
final class WorkflowInstanceFactory<T> implements Functions.Func<T> {

  private final Constructor<T> constructor;

  private final List<Argument> arguments;

  private final List<StubField> fields;

  private final AutowireCapableBeanFactory beanFactory;

  private WorkflowInstanceFactory(
      Constructor<T> constructor,
      List<Argument> arguments,
      List<StubField> fields,
      AutowireCapableBeanFactory beanFactory) {
    this.constructor = constructor;
    this.arguments = arguments;
    this.fields = fields;
    this.beanFactory = beanFactory;
  }

  /** Resolves the activity stub of one injection point. */
  @FunctionalInterface
  interface StubResolver {
    InjectedActivityStub resolve(
        Class<?> activityInterface, @Nullable ActivityStub annotation, String where);
  }

  /** Resolves the Nexus service stub of one injection point. */
  @FunctionalInterface
  interface NexusStubResolver {
    InjectedNexusStub resolve(
        Class<?> service, @Nullable NexusServiceStub annotation, String where);
  }

  static <T> WorkflowInstanceFactory<T> create(
      Class<T> implementation,
      AutowireCapableBeanFactory beanFactory,
      StubResolver stubs,
      NexusStubResolver nexusStubs) {
    Constructor<T> constructor = chooseConstructor(implementation);
    List<Argument> arguments = new ArrayList<>();
    for (int i = 0; i < constructor.getParameterCount(); i++) {
      MethodParameter parameter = new MethodParameter(constructor, i);
      Class<?> type = parameter.getParameterType();
      ActivityStub annotation = parameter.getParameterAnnotation(ActivityStub.class);
      NexusServiceStub nexus = parameter.getParameterAnnotation(NexusServiceStub.class);
      String where = where(implementation, parameter.getParameterName(), i);
      if (isActivityInterface(type)) {
        requireNoNexusAnnotation(nexus, type, where);
        arguments.add(new Argument(null, stubs.resolve(type, annotation, where)::create));
      } else if (NexusServiceOptionsCatalog.isService(type)) {
        requireNoAnnotation(annotation, type, where);
        arguments.add(new Argument(null, nexusStubs.resolve(type, nexus, where)::create));
      } else {
        requireNoAnnotation(annotation, type, where);
        requireNoNexusAnnotation(nexus, type, where);
        arguments.add(new Argument(new DependencyDescriptor(parameter, true), null));
      }
    }
    List<StubField> fields = new ArrayList<>();
    for (Field field : stubFields(implementation)) {
      String where = implementation.getSimpleName() + "." + field.getName();
      ReflectionUtils.makeAccessible(field);
      fields.add(
          new StubField(
              field,
              stubs.resolve(field.getType(), field.getAnnotation(ActivityStub.class), where)
                  ::create));
    }
    for (Field field : nexusStubFields(implementation)) {
      String where = implementation.getSimpleName() + "." + field.getName();
      ReflectionUtils.makeAccessible(field);
      fields.add(
          new StubField(
              field,
              nexusStubs.resolve(
                      field.getType(), field.getAnnotation(NexusServiceStub.class), where)
                  ::create));
    }
    WorkflowInstanceFactory<T> factory =
        new WorkflowInstanceFactory<>(constructor, arguments, fields, beanFactory);
    // A missing bean fails now, not at the first execution.
    arguments.stream().filter((a) -> a.bean() != null).forEach((a) -> factory.resolve(a.bean()));
    return factory;
  }

  /** Returns the activity interfaces injected into an implementation, for option checks. */
  static Set<Class<?>> injectedActivityInterfaces(Class<?> implementation) {
    Set<Class<?>> types = new LinkedHashSet<>();
    Arrays.stream(chooseConstructor(implementation).getParameterTypes())
        .filter(WorkflowInstanceFactory::isActivityInterface)
        .forEach(types::add);
    stubFields(implementation).forEach((field) -> types.add(field.getType()));
    return types;
  }

  /** Returns the Nexus services injected into an implementation, for option checks. */
  static Set<Class<?>> injectedNexusServices(Class<?> implementation) {
    Set<Class<?>> types = new LinkedHashSet<>();
    Arrays.stream(chooseConstructor(implementation).getParameterTypes())
        .filter((type) -> !isActivityInterface(type) && NexusServiceOptionsCatalog.isService(type))
        .forEach(types::add);
    nexusStubFields(implementation).forEach((field) -> types.add(field.getType()));
    return types;
  }

  @Override
  public T apply() {
    @Nullable Object[] values = new Object[this.arguments.size()];
    for (int i = 0; i < values.length; i++) {
      Argument argument = this.arguments.get(i);
      Supplier<Object> stub = argument.stub();
      values[i] =
          (stub != null)
              ? stub.get()
              : resolve(Objects.requireNonNull(argument.bean(), "a bean when not a stub"));
    }
    T instance = BeanUtils.instantiateClass(this.constructor, values);
    for (StubField field : this.fields) {
      ReflectionUtils.setField(field.field(), instance, field.stub().get());
    }
    return instance;
  }

  private @Nullable Object resolve(DependencyDescriptor parameter) {
    try {
      return this.beanFactory.resolveDependency(parameter, null);
    } catch (BeansException ex) {
      throw new InvalidTemporalComponentException(
          "Workflow class " + this.constructor.getDeclaringClass().getName(),
          "constructor parameter '"
              + Objects.requireNonNull(
                      parameter.getMethodParameter(), "built from a constructor parameter")
                  .getParameterName()
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

  private static List<Field> stubFields(Class<?> implementation) {
    List<Field> fields = new ArrayList<>();
    ReflectionUtils.doWithFields(
        implementation,
        (field) -> {
          String where = implementation.getSimpleName() + "." + field.getName();
          if (!isActivityInterface(field.getType())) {
            requireNoAnnotation(field.getAnnotation(ActivityStub.class), field.getType(), where);
          } else if (Modifier.isStatic(field.getModifiers())
              || Modifier.isFinal(field.getModifiers())) {
            throw new InvalidTemporalComponentException(
                "@ActivityStub on " + where,
                "the field is static or final, so a stub cannot be set per execution.",
                "Make it a non-final instance field, or take the stub as a constructor parameter.");
          } else {
            fields.add(field);
          }
        },
        (field) -> field.isAnnotationPresent(ActivityStub.class));
    return fields;
  }

  private static List<Field> nexusStubFields(Class<?> implementation) {
    List<Field> fields = new ArrayList<>();
    ReflectionUtils.doWithFields(
        implementation,
        (field) -> {
          String where = implementation.getSimpleName() + "." + field.getName();
          if (!NexusServiceOptionsCatalog.isService(field.getType())) {
            requireNoNexusAnnotation(
                field.getAnnotation(NexusServiceStub.class), field.getType(), where);
          } else if (Modifier.isStatic(field.getModifiers())
              || Modifier.isFinal(field.getModifiers())) {
            throw new InvalidTemporalComponentException(
                "@NexusServiceStub on " + where,
                "the field is static or final, so a stub cannot be set per execution.",
                "Make it a non-final instance field, or take the stub as a constructor parameter.");
          } else {
            fields.add(field);
          }
        },
        (field) -> field.isAnnotationPresent(NexusServiceStub.class));
    return fields;
  }

  private static void requireNoNexusAnnotation(
      @Nullable NexusServiceStub annotation, Class<?> type, String where) {
    if (annotation != null) {
      throw new InvalidTemporalComponentException(
          "@NexusServiceStub on " + where,
          type.getName() + " is not a Nexus @Service interface.",
          "Put @NexusServiceStub only on parameters and fields typed with a Nexus service"
              + " interface.");
    }
  }

  private static void requireNoAnnotation(
      @Nullable ActivityStub annotation, Class<?> type, String where) {
    if (annotation != null) {
      throw new InvalidTemporalComponentException(
          "@ActivityStub on " + where,
          type.getName() + " is not an @ActivityInterface.",
          "Put @ActivityStub only on parameters and fields typed with an activity interface.");
    }
  }

  private static String where(Class<?> implementation, @Nullable String parameter, int index) {
    return implementation.getSimpleName()
        + "("
        + (parameter != null ? parameter : "parameter " + index)
        + ")";
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

  /** A constructor argument: a bean to resolve per execution, or a stub to create. */
  private record Argument(@Nullable DependencyDescriptor bean, @Nullable Supplier<Object> stub) {}

  /** A field that receives an activity or Nexus service stub after construction. */
  private record StubField(Field field, Supplier<Object> stub) {}
}
