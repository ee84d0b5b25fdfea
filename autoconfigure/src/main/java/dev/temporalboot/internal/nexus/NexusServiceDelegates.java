package dev.temporalboot.internal.nexus;

import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.ServiceImpl;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.util.ReflectionUtils;

/**
 * Generates, once per Nexus service bean class, the delegate class the SDK registers instead of the
 * bean.
 *
 * <p>Why a delegate: the SDK reads {@code @ServiceImpl} with {@code getDeclaredAnnotation} from the
 * registered object's own class, which a Spring CGLIB proxy or a Mockito mock of the bean does not
 * carry, and it calls each {@code @OperationImpl} method once, at registration, keeping the handler
 * for good: a proxy's advice would run once, and a {@code @MockitoBean} stubbed in a test method
 * (after start-up) would never be asked. The delegate carries {@code @ServiceImpl(service = ...)}
 * and one {@code @OperationImpl} method per operation with exactly the bean method's generic return
 * type (the SDK compares the type arguments with the service definition); each returns a handler
 * that calls the bean's method through the bean reference on every start and cancel.
 *
 * <p>The class is defined in the bean class's package and class loader, so that it sees the same
 * service and payload types as the bean.
 */
final class NexusServiceDelegates {

  private static final String BASE =
      org.springframework.asm.Type.getInternalName(NexusServiceDelegate.class);

  private static final String TARGET =
      org.springframework.asm.Type.getDescriptor(NexusServiceDelegate.Target.class);

  private static final String HANDLER_DESCRIPTOR =
      "()" + org.springframework.asm.Type.getDescriptor(OperationHandler.class);

  private static final Object LOCK = new Object();

  private static final ClassValue<Class<?>> DELEGATES =
      new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> implementation) {
          synchronized (LOCK) {
            return define(implementation);
          }
        }
      };

  private NexusServiceDelegates() {}

  /**
   * Returns the delegate class of a bean class, generating it on first use.
   *
   * @param implementation the class carrying {@code @ServiceImpl}
   * @return the delegate class
   */
  static Class<?> delegateClass(Class<?> implementation) {
    return DELEGATES.get(implementation);
  }

  /** Creates the delegate of one bean. */
  static Object create(
      Class<?> implementation, Map<String, Method> methods, Object bean, String beanName) {
    methods.values().forEach(ReflectionUtils::makeAccessible);
    try {
      return delegateClass(implementation)
          .getConstructor(NexusServiceDelegate.Target.class)
          .newInstance(new NexusServiceDelegate.Target(bean, beanName, methods));
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException("Cannot create the Nexus delegate of " + implementation, ex);
    }
  }

  private static Class<?> define(Class<?> implementation) {
    String binaryName = implementation.getName() + "$$TemporalBootNexus";
    try {
      // ClassValue may compute twice when threads race; the class loader holds the first.
      return Class.forName(binaryName, false, implementation.getClassLoader());
    } catch (ClassNotFoundException ex) {
      // not defined yet
    }
    String name = binaryName.replace('.', '/');
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        name,
        null,
        BASE,
        null);
    AnnotationVisitor serviceImpl =
        writer.visitAnnotation(org.springframework.asm.Type.getDescriptor(ServiceImpl.class), true);
    serviceImpl.visit(
        "service",
        org.springframework.asm.Type.getType(
            implementation.getAnnotation(ServiceImpl.class).service()));
    serviceImpl.visitEnd();
    MethodVisitor constructor =
        writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "(" + TARGET + ")V", null, null);
    constructor.visitCode();
    constructor.visitVarInsn(Opcodes.ALOAD, 0);
    constructor.visitVarInsn(Opcodes.ALOAD, 1);
    constructor.visitMethodInsn(Opcodes.INVOKESPECIAL, BASE, "<init>", "(" + TARGET + ")V", false);
    constructor.visitInsn(Opcodes.RETURN);
    constructor.visitMaxs(0, 0);
    constructor.visitEnd();
    for (Method method : operationMethods(implementation)) {
      MethodVisitor operation =
          writer.visitMethod(
              Opcodes.ACC_PUBLIC,
              method.getName(),
              HANDLER_DESCRIPTOR,
              "()" + signature(method.getGenericReturnType()),
              null);
      operation
          .visitAnnotation(org.springframework.asm.Type.getDescriptor(OperationImpl.class), true)
          .visitEnd();
      operation.visitCode();
      operation.visitVarInsn(Opcodes.ALOAD, 0);
      operation.visitLdcInsn(method.getName());
      operation.visitMethodInsn(
          Opcodes.INVOKEVIRTUAL,
          BASE,
          "handler",
          "(Ljava/lang/String;)"
              + org.springframework.asm.Type.getDescriptor(OperationHandler.class),
          false);
      operation.visitInsn(Opcodes.ARETURN);
      operation.visitMaxs(0, 0);
      operation.visitEnd();
    }
    writer.visitEnd();
    try {
      return MethodHandles.privateLookupIn(implementation, MethodHandles.lookup())
          .defineClass(writer.toByteArray());
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(
          "Cannot define a class in the package of " + implementation.getName(), ex);
    }
  }

  /** The {@code @OperationImpl} methods of a class and its superclasses, overridden ones once. */
  static List<Method> operationMethods(Class<?> implementation) {
    return NexusServiceBean.declaredMethods(implementation).stream()
        .filter((method) -> method.getDeclaredAnnotation(OperationImpl.class) != null)
        .toList();
  }

  /**
   * Writes a type as a JVM generic signature, e.g. {@code Ljava/util/List<Ljava/lang/String;>;}.
   */
  static String signature(Type type) {
    StringBuilder out = new StringBuilder();
    append(type, out);
    return out.toString();
  }

  private static void append(Type type, StringBuilder out) {
    if (type instanceof Class<?> c) {
      out.append(org.springframework.asm.Type.getDescriptor(c));
    } else if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (parameterized.getOwnerType() instanceof ParameterizedType owner) {
        String outer = signature(owner);
        out.append(outer, 0, outer.length() - 1).append('.').append(raw.getSimpleName());
      } else {
        out.append('L').append(org.springframework.asm.Type.getInternalName(raw));
      }
      out.append('<');
      for (Type argument : parameterized.getActualTypeArguments()) {
        append(argument, out);
      }
      out.append(">;");
    } else if (type instanceof GenericArrayType array) {
      out.append('[');
      append(array.getGenericComponentType(), out);
    } else if (type instanceof WildcardType wildcard) {
      Type[] lower = wildcard.getLowerBounds();
      Type[] upper = wildcard.getUpperBounds();
      if (lower.length > 0) {
        out.append('-');
        append(lower[0], out);
      } else if (upper.length == 0 || upper[0] == Object.class) {
        out.append('*');
      } else {
        out.append('+');
        append(upper[0], out);
      }
    } else {
      throw new IllegalArgumentException(
          "the type " + type.getTypeName() + " is a type variable, which a handler type cannot be");
    }
  }
}
