package dev.temporalboot.internal.aot;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.NexusServiceStub;
import io.nexusrpc.Service;
import io.nexusrpc.handler.ServiceImpl;
import io.temporal.activity.ActivityInterface;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The hints a native image needs for the application's Temporal types: the SDK reads their
 * annotations and methods, calls them reflectively, creates JDK proxies for their stubs (with its
 * marker interfaces), and Jackson binds the parameters and results of their methods.
 */
final class TemporalTypeHints {

  private static final TypeReference STUB_MARKER =
      TypeReference.of("io.temporal.internal.sync.StubMarker");

  private static final TypeReference ASYNC_MARKER =
      TypeReference.of("io.temporal.internal.sync.AsyncInternal$AsyncMarker");

  private final RuntimeHints hints;

  private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

  TemporalTypeHints(RuntimeHints hints) {
    this.hints = hints;
  }

  /** A workflow class: created through its constructor, with activity and Nexus stubs injected. */
  void workflowImplementation(Class<?> implementation) {
    invocable(implementation);
    for (Class<?> type = implementation; type != Object.class && type != null; ) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(ActivityStub.class)) {
          this.hints.reflection().registerField(field);
          activityInterface(field.getType());
        } else if (field.isAnnotationPresent(NexusServiceStub.class)) {
          this.hints.reflection().registerField(field);
          nexusService(field.getType());
        }
      }
      type = type.getSuperclass();
    }
    for (Constructor<?> constructor : implementation.getDeclaredConstructors()) {
      for (Class<?> parameter : constructor.getParameterTypes()) {
        if (AnnotatedElementUtils.hasAnnotation(parameter, ActivityInterface.class)) {
          activityInterface(parameter);
        } else if (parameter.isAnnotationPresent(Service.class)) {
          nexusService(parameter);
        }
      }
    }
    applicationInterfaces(implementation).forEach(this::workflowInterface);
  }

  /** A workflow interface: child, external, continue-as-new and client stubs are proxies of it. */
  void workflowInterface(Class<?> workflowInterface) {
    methodsAndPayloads(workflowInterface);
    this.hints.proxies().registerJdkProxy(TypeReference.of(workflowInterface));
    this.hints.proxies().registerJdkProxy(TypeReference.of(workflowInterface), STUB_MARKER);
    this.hints
        .proxies()
        .registerJdkProxy(TypeReference.of(workflowInterface), STUB_MARKER, ASYNC_MARKER);
  }

  /** An activity bean's class and the interfaces it implements. */
  void activityImplementation(Class<?> implementation) {
    invocable(implementation);
    applicationInterfaces(implementation).forEach(this::activityInterface);
  }

  /** An activity interface: workflows call activities through proxies of it. */
  void activityInterface(Class<?> activityInterface) {
    methodsAndPayloads(activityInterface);
    this.hints.proxies().registerJdkProxy(TypeReference.of(activityInterface));
    this.hints.proxies().registerJdkProxy(TypeReference.of(activityInterface), ASYNC_MARKER);
  }

  /** A Nexus service bean's class and the service it implements. */
  void nexusServiceImplementation(Class<?> implementation) {
    invocable(implementation);
    ServiceImpl service =
        AnnotatedElementUtils.findMergedAnnotation(implementation, ServiceImpl.class);
    if (service != null) {
      nexusService(service.service());
    }
  }

  /** A Nexus service interface: workflows call operations through proxies of it. */
  void nexusService(Class<?> service) {
    methodsAndPayloads(service);
    this.hints.proxies().registerJdkProxy(TypeReference.of(service), STUB_MARKER, ASYNC_MARKER);
  }

  private void invocable(Class<?> type) {
    this.hints
        .reflection()
        .registerType(
            type,
            MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
            MemberCategory.INVOKE_PUBLIC_METHODS,
            MemberCategory.ACCESS_DECLARED_FIELDS);
  }

  private void methodsAndPayloads(Class<?> type) {
    this.hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_METHODS);
    List<Type> payloads = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers()) && !ReflectionUtils.isObjectMethod(method)) {
        payloads.add(method.getGenericReturnType());
        payloads.addAll(List.of(method.getGenericParameterTypes()));
      }
    }
    this.bindings.registerReflectionHints(this.hints.reflection(), payloads.toArray(Type[]::new));
  }

  /** The interfaces of a class that belong to the application, not the JDK or a framework. */
  private static List<Class<?>> applicationInterfaces(Class<?> type) {
    return ClassUtils.getAllInterfacesForClassAsSet(type).stream()
        .filter(
            (i) ->
                !i.getName().startsWith("java.") && !i.getName().startsWith("org.springframework."))
        .toList();
  }
}
