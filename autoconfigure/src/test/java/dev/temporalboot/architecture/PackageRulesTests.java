package dev.temporalboot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/ARCHITECTURE.md: the wiring on top, the concerns below it, the public
 * API at the bottom, and no cycle between packages.
 */
class PackageRulesTests {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.temporalboot");

  @Test
  void onlyTheWiringSeesTheWiring() {
    assertHolds(
        noClasses()
            .that()
            .resideOutsideOfPackage("dev.temporalboot.autoconfigure..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.temporalboot.autoconfigure..")
            .because(
                "library code takes SDK options or values of its own, never properties classes"));
  }

  @Test
  void onlyOneClassUsesTheSdkInternals() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dev.temporalboot.embedded.SdkTestServer")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.temporal.internal..")
        .because("SDK internals change without notice, so each sits behind one tested class")
        .check(MAIN);
  }

  @Test
  void packagesHaveNoCycles() {
    assertHolds(slices().matching("dev.temporalboot.(*)..").should().beFreeOfCycles());
  }

  @Test
  void thePublicApiDependsOnNoImplementationPackage() {
    assertHolds(
        noClasses()
            .that()
            .resideInAPackage("dev.temporalboot")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "dev.temporalboot.autoconfigure..",
                "dev.temporalboot.worker..",
                "dev.temporalboot.client..",
                "dev.temporalboot.activity..",
                "dev.temporalboot.embedded..",
                "dev.temporalboot.actuate.."));
  }

  @Test
  void theSharedChecksStandOnTheirOwn() {
    assertHolds(
        classes()
            .that()
            .resideInAPackage("dev.temporalboot.internal.check..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                "dev.temporalboot.internal.check..",
                "dev.temporalboot.diagnostics..",
                "java..",
                "org.jspecify..",
                "org.springframework.core..",
                "org.springframework.util..",
                "io.temporal..")
            .because("every package calls them, so they may call none of ours but diagnostics"));
  }

  /** Fails listing every violation of the rule in the main classes. */
  private static void assertHolds(ArchRule rule) {
    rule.check(MAIN);
  }
}
