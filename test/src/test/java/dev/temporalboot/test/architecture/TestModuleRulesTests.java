package dev.temporalboot.test.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.temporalboot.internal.embedded.EmbeddedClock;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerAssemblyListener;
import dev.temporalboot.internal.worker.WorkerPlan;
import dev.temporalboot.internal.worker.WorkflowRegistrar;
import org.junit.jupiter.api.Test;

/**
 * What test support may use of the starter's implementation: the workers' assembly, its plan and
 * the listener through which it registers workflow classes as the workers do, and the embedded
 * server's clock, nothing else (see docs/ARCHITECTURE.md).
 */
class TestModuleRulesTests {

  private static final JavaClasses TEST_SUPPORT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.temporalboot.test");

  @Test
  void testSupportUsesOnlyTheWorkerAssemblyOfTheImplementation() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.temporalboot.internal..")
                .and(
                    not(
                        belongToAnyOf(
                            EmbeddedTemporalServer.class,
                            EmbeddedClock.class,
                            WorkerAssembly.class,
                            WorkerAssemblyListener.class,
                            WorkerPlan.class,
                            WorkflowRegistrar.class))))
        .because(
            "test support reads the workers' plan and moves the embedded server's clock, nothing"
                + " else of the implementation")
        .check(TEST_SUPPORT);
  }

  @Test
  void testSupportIsImported() {
    // The rule above passes vacuously if the import finds nothing.
    assertThat(TEST_SUPPORT.contain("dev.temporalboot.test.WorkflowReplays")).isTrue();
  }
}
