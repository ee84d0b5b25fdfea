package dev.temporalboot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@link SpringBootTest} whose application runs on the embedded Temporal server, on a free port
 * (published as {@code local.temporal.port}), with time skipping: while the test waits for a
 * workflow result, timers skip ahead, so a workflow that sleeps 30 days finishes in about a second,
 * and its activities still run in real time.
 *
 * <p>The embedded server is used even when the application's configuration sets {@code
 * temporal.connection.target}. Activity beans replaced with {@code @MockitoBean} or {@code
 * MockitoSpyBean} are what the workers call, on the task queues (and in the namespace) of the bean
 * they replace. The embedded server also serves the namespaces of {@code temporal.namespaces},
 * whose clients skip time as the primary one does. Tests with the same configuration share one
 * cached application context.
 *
 * <p>Schedules, cron workflows and timers that no test waits on move with {@link
 * TemporalTestClock}, a bean: {@code clock.skip(Duration.ofDays(30))} runs a daily schedule 30
 * times in about a second.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
public @interface TemporalTest {

  /**
   * Properties for the test, as {@link SpringBootTest#properties()}; they win over those that
   * {@code TemporalTest} sets.
   *
   * @return properties in {@code key=value} form
   */
  @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
  String[] properties() default {};

  /**
   * Component classes to load, as {@link SpringBootTest#classes()}.
   *
   * @return the classes; empty finds the {@code @SpringBootConfiguration}
   */
  @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
  Class<?>[] classes() default {};

  /**
   * Web environment, as {@link SpringBootTest#webEnvironment()}.
   *
   * @return the web environment
   */
  @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
  SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

  /**
   * Whether timers skip ahead while the test waits for a workflow result.
   *
   * @return true to skip time
   */
  boolean timeSkipping() default true;
}
