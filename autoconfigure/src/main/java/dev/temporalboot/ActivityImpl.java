package dev.temporalboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean implementing one or more {@code @ActivityInterface}s to register on task
 * queues.
 *
 * <p>The bean itself is registered, so AOP proxies ({@code @Transactional}, custom aspects) stay in
 * the call path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ActivityImpl {

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
