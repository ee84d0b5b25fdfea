package dev.temporalboot.internal.nexus;

import io.nexusrpc.OperationException;
import io.nexusrpc.handler.HandlerException;
import io.nexusrpc.handler.OperationCancelDetails;
import io.nexusrpc.handler.OperationContext;
import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationStartDetails;
import io.nexusrpc.handler.OperationStartResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The superclass of the delegates {@link NexusServiceDelegates} generates, one subclass per Nexus
 * service bean class. Each generated {@code @OperationImpl} method returns {@link #handler}: a
 * handler that asks the bean for the operation's real handler on every call.
 *
 * <p>Public only because generated subclasses live in the bean class's package.
 */
public abstract class NexusServiceDelegate {

  private final Object bean;

  private final String beanName;

  private final Map<String, Method> methods;

  /**
   * Creates the delegate of one bean.
   *
   * @param target the bean, its name and its {@code @OperationImpl} methods by name
   */
  protected NexusServiceDelegate(Target target) {
    this.bean = target.bean();
    this.beanName = target.beanName();
    this.methods = Map.copyOf(target.methods());
  }

  /**
   * Returns the handler of an operation, which calls the bean's handler method each time it runs.
   *
   * @param methodName the bean's {@code @OperationImpl} method
   * @return a handler delegating every call
   */
  public final OperationHandler<Object, Object> handler(String methodName) {
    Method method = Objects.requireNonNull(this.methods.get(methodName), methodName);
    return new PerCallHandler(method);
  }

  @Override
  public String toString() {
    return "Nexus service delegate of bean '" + this.beanName + "'";
  }

  /**
   * What a delegate calls.
   *
   * @param bean the bean as the context holds it, proxies and mocks included
   * @param beanName its name, for messages
   * @param methods its {@code @OperationImpl} methods by name
   */
  public record Target(Object bean, String beanName, Map<String, Method> methods) {}

  /** Delegates to the handler the bean returns now, so a mock stubbed after start-up is used. */
  private final class PerCallHandler implements OperationHandler<Object, Object> {

    private final Method method;

    PerCallHandler(Method method) {
      this.method = method;
    }

    @Override
    public OperationStartResult<Object> start(
        OperationContext context, OperationStartDetails details, @Nullable Object param)
        throws OperationException, HandlerException {
      return current().start(context, details, param);
    }

    @Override
    public void cancel(OperationContext context, OperationCancelDetails details)
        throws HandlerException {
      current().cancel(context, details);
    }

    @SuppressWarnings("unchecked")
    private OperationHandler<Object, Object> current() {
      Object handler;
      try {
        handler = this.method.invoke(NexusServiceDelegate.this.bean);
      } catch (InvocationTargetException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      } catch (IllegalAccessException ex) {
        throw new IllegalStateException(ex);
      }
      if (handler == null) {
        throw new IllegalStateException(
            "Nexus service bean '"
                + NexusServiceDelegate.this.beanName
                + "' returned no OperationHandler from "
                + this.method.getName()
                + "() (a mock that was not stubbed?)");
      }
      return (OperationHandler<Object, Object>) handler;
    }
  }
}
