package dev.temporalboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a workflow implementation class to register on one or more task queues.
 *
 * <p>The class is found by scanning the application's auto-configuration packages; it is not a
 * Spring bean. A new instance is created for every workflow execution, and its constructor may take
 * beans from the application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WorkflowImpl {

  /**
   * Task queues to register this implementation on; {@code ${...}} placeholders are resolved.
   *
   * @return the task queue names
   */
  String[] taskQueues();

  /**
   * The namespace whose task queues this implementation serves: the alias of a {@code
   * temporal.namespaces} entry, or empty (the default) for the primary namespace of {@code
   * temporal.connection}. To serve queues in several namespaces, name it in the {@code workers}
   * entries of the others.
   *
   * @return the namespace alias, or empty for the primary namespace
   */
  String namespace() default "";
}
