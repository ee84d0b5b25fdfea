package dev.temporalboot.internal.nexus;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import io.nexusrpc.OperationDefinition;
import io.nexusrpc.ServiceDefinition;
import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.ServiceImpl;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.util.ClassUtils;

/**
 * A Nexus service bean to register on a worker, checked against its service definition at start-up
 * so that mistakes fail by name, before the SDK sees it.
 */
public final class NexusServiceBean {

  private static final String TEMPORAL_OPERATION = "io.temporal.nexus.TemporalOperation";

  private final String beanName;

  private final Object bean;

  private final Class<?> implementation;

  private final ServiceDefinition definition;

  private final Class<?> serviceInterface;

  private final Map<String, Method> handlerMethods;

  private NexusServiceBean(
      String beanName,
      Object bean,
      Class<?> implementation,
      Class<?> serviceInterface,
      ServiceDefinition definition,
      Map<String, Method> handlerMethods) {
    this.beanName = beanName;
    this.bean = bean;
    this.implementation = implementation;
    this.serviceInterface = serviceInterface;
    this.definition = definition;
    this.handlerMethods = handlerMethods;
  }

  /**
   * Checks a bean: its class carries {@code @ServiceImpl} naming a valid service, and it has one
   * {@code @OperationImpl} method per operation, with the operation's input and output types.
   *
   * @param beanName the bean's name
   * @param bean the bean as the context holds it, proxies included
   * @param namedIn where YAML names it, for messages, or empty
   * @return the checked bean
   * @throws InvalidTemporalComponentException naming the bean and the fix
   */
  public static NexusServiceBean of(String beanName, Object bean, String namedIn) {
    Class<?> target = AopUtils.getTargetClass(bean);
    String component = "Nexus service bean '" + beanName + "' (" + target.getName() + ")" + namedIn;
    Class<?> implementation = implementation(target);
    if (implementation == null) {
      throw new InvalidTemporalComponentException(
          component,
          "its class does not carry Nexus's @ServiceImpl, so the worker cannot tell which service"
              + " it implements.",
          "Annotate the class with @io.nexusrpc.handler.ServiceImpl(service = YourService.class).");
    }
    Class<?> service = implementation.getAnnotation(ServiceImpl.class).service();
    ServiceDefinition definition;
    try {
      definition = ServiceDefinition.fromClass(service);
    } catch (RuntimeException ex) {
      throw new InvalidTemporalComponentException(
          component,
          "its @ServiceImpl names "
              + service.getName()
              + ", which is not a valid Nexus service interface: "
              + ex.getMessage(),
          "Name an interface annotated with @io.nexusrpc.Service whose methods carry @Operation.",
          ex);
    }
    if (!implementation.isInstance(bean)) {
      throw new InvalidTemporalComponentException(
          component,
          "the bean is a JDK proxy, which hides the @OperationImpl methods of "
              + implementation.getName()
              + ".",
          "Proxy the target class (spring.aop.proxy-target-class=true, Spring Boot's default).");
    }
    Map<String, Method> methods = handlerMethods(component, implementation, definition);
    try {
      NexusServiceDelegates.delegateClass(implementation);
    } catch (RuntimeException | LinkageError ex) {
      throw new InvalidTemporalComponentException(
          component,
          "Temporal Boot cannot generate the class it registers for it: " + ex.getMessage(),
          "Make the @OperationImpl methods' types concrete classes, and the bean class's package"
              + " open to Temporal Boot.",
          ex);
    }
    return new NexusServiceBean(beanName, bean, implementation, service, definition, methods);
  }

  public String beanName() {
    return this.beanName;
  }

  /** Returns the bean as the context holds it. */
  public Object bean() {
    return this.bean;
  }

  /** Returns the Nexus {@code @Service} interface the bean implements. */
  public Class<?> serviceInterface() {
    return this.serviceInterface;
  }

  /** Returns the service's name, as endpoints and callers know it. */
  public String serviceName() {
    return this.definition.getName();
  }

  /**
   * Returns the names of the service's operations, sorted: the Nexus SDK keeps them in no stable
   * order, and the actuator should show the same list on every start.
   */
  public List<String> operationNames() {
    return this.definition.getOperations().keySet().stream().sorted().toList();
  }

  /**
   * Returns what to hand to {@code Worker.registerNexusServiceImplementation}: a generated delegate
   * that calls this bean as the context holds it.
   *
   * @return the delegate
   */
  public Object registration() {
    return NexusServiceDelegates.create(
        this.implementation, this.handlerMethods, this.bean, this.beanName);
  }

  /** The class the SDK would read {@code @ServiceImpl} from: the bean's, or a superclass's. */
  private static @Nullable Class<?> implementation(Class<?> target) {
    for (Class<?> type = target;
        type != null && type != Object.class;
        type = type.getSuperclass()) {
      if (type.getDeclaredAnnotation(ServiceImpl.class) != null) {
        return type;
      }
    }
    return null;
  }

  /** The operation handler methods by method name, collected and checked as the SDK does. */
  private static Map<String, Method> handlerMethods(
      String component, Class<?> implementation, ServiceDefinition definition) {
    List<Method> methods = declaredMethods(implementation);
    Map<String, Method> handlers = new LinkedHashMap<>();
    for (Method method : methods) {
      if (Arrays.stream(method.getDeclaredAnnotations())
          .anyMatch((a) -> a.annotationType().getName().equals(TEMPORAL_OPERATION))) {
        throw new InvalidTemporalComponentException(
            component,
            "its method "
                + method.getName()
                + " is a @TemporalOperation, which Temporal Boot does"
                + " not register yet.",
            "Write it as an @OperationImpl method returning an OperationHandler, e.g. with"
                + " WorkflowRunOperation.fromWorkflowMethod(...).");
      }
      if (method.getDeclaredAnnotation(OperationImpl.class) != null) {
        check(component, method, definition);
        if (handlers.put(method.getName(), method) != null) {
          throw new InvalidTemporalComponentException(
              component,
              "it has several @OperationImpl methods named " + method.getName() + ".",
              "Keep one handler method per operation.");
        }
      }
    }
    List<String> missing =
        definition.getOperations().values().stream()
            .map(OperationDefinition::getMethodName)
            .filter((name) -> !handlers.containsKey(name))
            .toList();
    if (!missing.isEmpty()) {
      throw new InvalidTemporalComponentException(
          component,
          "it has no @OperationImpl method for the operation(s) "
              + missing
              + " of "
              + definition.getName()
              + ".",
          "Add a public @OperationImpl method named like each operation's method, returning"
              + " OperationHandler<Input, Output>.");
    }
    return handlers;
  }

  /**
   * The methods of a class and its superclasses below {@code Object}, an overridden one only in its
   * most specific form, as the SDK collects them.
   */
  static List<Method> declaredMethods(Class<?> implementation) {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type = implementation;
        type != null && type != Object.class;
        type = type.getSuperclass()) {
      for (Method method : type.getDeclaredMethods()) {
        boolean overridden =
            methods.stream()
                .anyMatch(
                    (seen) ->
                        seen.getName().equals(method.getName())
                            && Arrays.equals(
                                seen.getGenericParameterTypes(),
                                method.getGenericParameterTypes()));
        if (!overridden) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  private static void check(String component, Method method, ServiceDefinition definition) {
    String name = method.getName();
    OperationDefinition operation =
        definition.getOperations().values().stream()
            .filter((o) -> name.equals(o.getMethodName()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidTemporalComponentException(
                        component,
                        "its @OperationImpl method "
                            + name
                            + " matches no operation of "
                            + definition.getName()
                            + " "
                            + definition.getOperations().values().stream()
                                .map(OperationDefinition::getMethodName)
                                .toList()
                            + ".",
                        "Name the method like the service interface's @Operation method."));
    String problem = null;
    if (method.getParameterCount() > 0) {
      problem = "takes parameters";
    } else if (method.getTypeParameters().length > 0) {
      problem = "is generic";
    } else if (method.getExceptionTypes().length > 0) {
      problem = "declares exceptions";
    } else if (!Modifier.isPublic(method.getModifiers())) {
      problem = "is not public";
    } else if (Modifier.isStatic(method.getModifiers())) {
      problem = "is static";
    } else if (method.getReturnType() != OperationHandler.class
        || !(method.getGenericReturnType() instanceof ParameterizedType returned)) {
      problem = "does not return an OperationHandler<Input, Output>";
    } else {
      Type[] arguments = returned.getActualTypeArguments();
      Type input = wrap(operation.getInputType());
      Type output = wrap(operation.getOutputType());
      if (!arguments[0].equals(input) || !arguments[1].equals(output)) {
        problem =
            "returns "
                + returned.getTypeName()
                + " where the operation needs OperationHandler<"
                + input.getTypeName()
                + ", "
                + output.getTypeName()
                + ">";
      }
    }
    if (problem != null) {
      throw new InvalidTemporalComponentException(
          component,
          "its @OperationImpl method " + name + " " + problem + ".",
          "Declare it as 'public OperationHandler<Input, Output> "
              + name
              + "()' with the operation's input and output types, no parameters and no throws"
              + " clause.");
    }
  }

  private static Type wrap(Type type) {
    return (type instanceof Class<?> c) ? ClassUtils.resolvePrimitiveIfNecessary(c) : type;
  }
}
