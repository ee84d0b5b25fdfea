package dev.temporalboot.internal.aot.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * An application processed by Spring AOT in the tests: its package is scanned for the workflow, the
 * activity bean is imported. No other class may live in this package.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@Import(GreetingActivitiesImpl.class)
public class AotApp {

  /** The task queue of the workflow and the activity. */
  public static final String TASK_QUEUE = "aot";
}
