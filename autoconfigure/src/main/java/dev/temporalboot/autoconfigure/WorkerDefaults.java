package dev.temporalboot.autoconfigure;

import org.springframework.core.env.Environment;

/**
 * What a worker runs on when its YAML entry does not say, decided once per app.
 *
 * <p>On Java 24 or later workers run on virtual threads unless {@code
 * spring.threads.virtual.enabled} is set: from Java 24 a virtual thread that blocks inside {@code
 * synchronized} no longer pins its carrier (JEP 491), so activity code that calls a JDBC driver or
 * an HTTP client is safe on them. On Java 21 to 23 that pinning can stall every carrier, so there
 * they stay opt-in, as in Spring Boot. A parked virtual thread costs a few kilobytes, not a
 * platform thread's stack, so activity slots then default to {@value #VIRTUAL_ACTIVITY_SLOTS}: an
 * I/O-bound worker is bound by what it waits on rather than by the SDK's 200 slots.
 *
 * @param virtualThreads whether workers without a virtual-threads value use them
 */
record WorkerDefaults(boolean virtualThreads) {

  /** The SDK's default number of activity slots, kept on platform threads. */
  static final int PLATFORM_ACTIVITY_SLOTS = 200;

  /** Activity slots of a worker on virtual threads whose entry sets no number. */
  static final int VIRTUAL_ACTIVITY_SLOTS = 1000;

  /** The first Java release with virtual threads. */
  static final int VIRTUAL_THREADS_JAVA = 21;

  /** The first Java release where blocking inside {@code synchronized} does not pin (JEP 491). */
  static final int UNPINNED_JAVA = 24;

  private static final String SPRING_SWITCH = "spring.threads.virtual.enabled";

  /** The defaults for this JVM and the app's {@code spring.threads.virtual.enabled}. */
  static WorkerDefaults of(Environment environment) {
    return of(environment, Runtime.version().feature());
  }

  static WorkerDefaults of(Environment environment, int javaFeature) {
    Boolean springSwitch = environment.getProperty(SPRING_SWITCH, Boolean.class);
    if (springSwitch != null) {
      return new WorkerDefaults(springSwitch && javaFeature >= VIRTUAL_THREADS_JAVA);
    }
    return new WorkerDefaults(javaFeature >= UNPINNED_JAVA);
  }

  /** Activity slots of a worker whose entry sets no number. */
  static int activitySlots(boolean virtualThreads) {
    return virtualThreads ? VIRTUAL_ACTIVITY_SLOTS : PLATFORM_ACTIVITY_SLOTS;
  }
}
