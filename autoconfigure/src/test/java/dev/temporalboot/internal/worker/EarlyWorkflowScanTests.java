package dev.temporalboot.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.internal.aot.app.GreetingWorkflowImpl;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/** The workflow scan starts once every bean is defined, and only the same scan takes it over. */
class EarlyWorkflowScanTests {

  private static final List<String> PACKAGES = List.of(GreetingWorkflowImpl.class.getPackageName());

  @Test
  void anAssemblyScanningTheSamePackagesTakesOverTheScanStartedEarly() {
    EarlyWorkflowScan early = new EarlyWorkflowScan((beanFactory) -> PACKAGES);
    try (GenericApplicationContext context = context(early)) {
      BackgroundScan scan = early.take(PACKAGES, context.getEnvironment(), context);

      assertThat(scan).isNotNull();
      assertThat(scan.join()).containsExactly(GreetingWorkflowImpl.class);
    }
  }

  @Test
  void otherPackagesOrAnotherEnvironmentStartTheirOwnScan() {
    EarlyWorkflowScan early = new EarlyWorkflowScan((beanFactory) -> PACKAGES);
    try (GenericApplicationContext context = context(early)) {
      assertThat(early.take(List.of("com.acme"), context.getEnvironment(), context)).isNull();
      assertThat(early.take(PACKAGES, new StandardEnvironment(), context)).isNull();
    }
  }

  @Test
  void nothingIsScannedWhileSpringAotRecordsTheContextAtBuildTime() {
    EarlyWorkflowScan early = new EarlyWorkflowScan((beanFactory) -> PACKAGES);
    System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
    try (GenericApplicationContext context = context(early)) {
      assertThat(early.take(PACKAGES, context.getEnvironment(), context)).isNull();
    } finally {
      System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
    }
  }

  private static GenericApplicationContext context(EarlyWorkflowScan early) {
    GenericApplicationContext context = new GenericApplicationContext();
    context.registerBean("earlyWorkflowScan", EarlyWorkflowScan.class, () -> early);
    context.refresh();
    return context;
  }
}
