package dev.temporalboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean whose class carries Nexus's {@code @ServiceImpl} to register on task queues
 * as a Nexus service handler.
 *
 * <p>The bean itself is called, so AOP proxies stay in the call path, and a test's
 * {@code @MockitoBean} replacing it is what the worker calls: each operation asks the bean for its
 * {@code OperationHandler} when the operation runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NexusServiceImpl {

  /**
   * Task queues to register this bean on; {@code ${...}} placeholders are resolved.
   *
   * @return the task queue names
   */
  String[] taskQueues();

  /**
   * The namespace whose task queues this bean serves: the alias of a {@code temporal.namespaces}
   * entry, or empty (the default) for the primary namespace of {@code temporal.connection}. To
   * serve queues in several namespaces, name it in the {@code workers} entries of the others.
   *
   * @return the namespace alias, or empty for the primary namespace
   */
  String namespace() default "";
}
