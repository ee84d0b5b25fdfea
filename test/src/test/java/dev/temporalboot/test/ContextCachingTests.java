package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Test classes with the same {@code @TemporalTest} configuration share one cached context, so
 * running twenty of them starts no further servers or threads than running one.
 */
class ContextCachingTests {

  private final Launcher launcher = LauncherFactory.create();

  @Test
  void twentyTestClassesShareOneContextWithoutLeakingThreads() {
    Class<?>[] probes =
        Arrays.stream(CachedContextProbes.all())
            .filter((type) -> type.getSimpleName().matches("Probe\\d+"))
            .toArray(Class<?>[]::new);
    assertThat(probes).hasSize(20);

    run(probes[0]);
    int afterOne = threads();
    for (int i = 1; i < probes.length; i++) {
      run(probes[i]);
    }
    int afterTwenty = threads();

    System.out.printf("Live threads after 1 test class: %d, after 20: %d%n", afterOne, afterTwenty);
    // A second context would bring its own gRPC server, pollers and thread pools (dozens).
    assertThat(afterTwenty - afterOne).isLessThan(10);
  }

  private void run(Class<?> testClass) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    this.launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
        listener);
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsSucceededCount())
        .as("%s: %s", testClass.getSimpleName(), summary.getFailures())
        .isEqualTo(1);
  }

  private static int threads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }
}
