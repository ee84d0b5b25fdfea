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
 * The package rules of docs/ARCHITECTURE.md: the wiring on top, the internal concerns below it, the
 * public API at the bottom, and no cycle between packages.
 */
class PackageRulesTests {

  /** The packages whose public types users program against. */
  private static final String[] API_PACKAGES = {
    "dev.temporalboot",
    "dev.temporalboot.actuate",
    "dev.temporalboot.connection",
    "dev.temporalboot.diagnostics",
    "dev.temporalboot.logging",
    "dev.temporalboot.tracing",
  };

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
    assertHolds(
        noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.temporalboot.internal.embedded.SdkTestServer")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.temporal.internal..")
            .because("SDK internals change without notice, so each sits behind one tested class"));
  }

  @Test
  void packagesHaveNoCycles() {
    assertHolds(slices().matching("dev.temporalboot.(*)..").should().beFreeOfCycles());
    assertHolds(slices().matching("dev.temporalboot.internal.(*)..").should().beFreeOfCycles());
  }

  @Test
  void thePublicApiDependsOnNoImplementationPackage() {
    assertHolds(
        noClasses()
            .that()
            .resideInAnyPackage(API_PACKAGES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.temporalboot.internal..", "dev.temporalboot.autoconfigure..")
            .because("users compile against the API, which must not drag implementation along"));
  }

  @Test
  void publicTypesOutsideInternalPackagesAreTheApi() {
    assertHolds(
        classes()
            .that()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .and()
            .resideOutsideOfPackages("dev.temporalboot.internal..", "..autoconfigure..")
            .should()
            .resideInAnyPackage(API_PACKAGES)
            .because(
                "everything else is implementation: package-private or in an internal package"));
  }

  @Test
  void theWiringPublishesOnlyAutoConfigurationsAndProperties() {
    assertHolds(
        classes()
            .that()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .and()
            .resideInAPackage("dev.temporalboot.autoconfigure..")
            .and()
            .resideOutsideOfPackage("..internal..")
            .should()
            .haveSimpleNameEndingWith("AutoConfiguration")
            .orShould()
            .haveSimpleNameEndingWith("Properties")
            .because(
                "as in Spring Boot, users exclude auto-configurations and bind properties; the"
                    + " rest of the wiring is package-private"));
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
