package dev.temporalboot.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.ClassNames.Kind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Class names: one wording for blank, malformed, missing and wrong-kind names. */
class ClassNamesTests {

  private static final String KEY = "temporal.workers[0].workflow-classes[0]";

  private static final String RETRY_KEY = "temporal.workflows.OrderWorkflow.retry.do-not-retry[0]";

  private static final String WORKFLOW_ACTION =
      "Use the fully qualified name of a workflow implementation class, e.g."
          + " 'com.acme.OrderWorkflowImpl'.";

  private static final String FAILURE_ACTION =
      "Use the fully qualified name of an exception class, e.g. 'com.acme.CardDeclinedException',"
          + " or an ApplicationFailure type without a package, e.g. 'CardDeclined'.";

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void classOfTheKindLoadsIgnoringSurroundingSpaces() {
    assertThat(
            ClassNames.load(KEY, " java.lang.String ", Kind.WORKFLOW_IMPLEMENTATION, this.loader))
        .isEqualTo(String.class);
    assertThat(
            ClassNames.load(
                RETRY_KEY, IllegalStateException.class.getName(), Kind.FAILURE_TYPE, this.loader))
        .isEqualTo(IllegalStateException.class);
  }

  @Test
  void blankNameFails() {
    assertFails(
        () -> ClassNames.load(KEY, " ", Kind.WORKFLOW_IMPLEMENTATION, this.loader),
        KEY,
        "it is blank.",
        WORKFLOW_ACTION);
  }

  @Test
  void nameThatIsNoClassNameFailsWithoutLoading() {
    assertFails(
        () ->
            ClassNames.requireWellFormed(KEY, "com.acme.Order Impl", Kind.WORKFLOW_IMPLEMENTATION),
        KEY,
        "'com.acme.Order Impl' is not a class name.",
        WORKFLOW_ACTION);
    assertThatNoException()
        .isThrownBy(
            () ->
                ClassNames.requireWellFormed(
                    KEY, "com.acme.NotLoaded", Kind.WORKFLOW_IMPLEMENTATION));
  }

  @Test
  void classNotOnTheClasspathFails() {
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(
            () ->
                ClassNames.load(
                    KEY, "com.acme.NoSuchImpl", Kind.WORKFLOW_IMPLEMENTATION, this.loader))
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo(KEY);
              assertThat(ex.getProblem())
                  .isEqualTo("'com.acme.NoSuchImpl' is not a class on the classpath.");
              assertThat(ex.getAction()).isEqualTo(WORKFLOW_ACTION);
              assertThat(ex).hasCauseInstanceOf(ClassNotFoundException.class);
            });
  }

  @Test
  void classThatCannotBeLoadedFailsWithTheReason() {
    ClassLoader broken =
        new ClassLoader(this.loader) {
          @Override
          public Class<?> loadClass(String name) throws ClassNotFoundException {
            if (name.equals("com.acme.Broken")) {
              throw new NoClassDefFoundError("com/acme/MissingDependency");
            }
            return super.loadClass(name);
          }
        };
    assertFails(
        () -> ClassNames.load(KEY, "com.acme.Broken", Kind.WORKFLOW_IMPLEMENTATION, broken),
        KEY,
        "'com.acme.Broken' is on the classpath but cannot be loaded:"
            + " java.lang.NoClassDefFoundError: com/acme/MissingDependency.",
        WORKFLOW_ACTION);
  }

  @Test
  void classOfAnotherKindFails() {
    assertFails(
        () -> ClassNames.load(RETRY_KEY, "java.lang.String", Kind.FAILURE_TYPE, this.loader),
        RETRY_KEY,
        "'java.lang.String' is not an exception class.",
        FAILURE_ACTION);
  }

  @Test
  void failureTypeWithoutPackageIsAnApplicationFailureTypeAndPasses() {
    assertThatNoException()
        .isThrownBy(() -> ClassNames.requireFailureType(RETRY_KEY, "CardDeclined", this.loader));
    assertThatNoException()
        .isThrownBy(() -> ClassNames.requireFailureType(RETRY_KEY, "card-declined", this.loader));
    assertThatNoException()
        .isThrownBy(
            () ->
                ClassNames.requireFailureType(
                    RETRY_KEY, " " + IllegalStateException.class.getName(), this.loader));
  }

  @Test
  void failureTypeWithPackageMustBeAnExceptionClass() {
    assertFails(
        () -> ClassNames.requireFailureType(RETRY_KEY, "com.acme.NoSuchException", this.loader),
        RETRY_KEY,
        "'com.acme.NoSuchException' is not a class on the classpath.",
        FAILURE_ACTION);
    assertFails(
        () -> ClassNames.requireFailureType(RETRY_KEY, "java.lang.Object", this.loader),
        RETRY_KEY,
        "'java.lang.Object' is not an exception class.",
        FAILURE_ACTION);
    assertFails(
        () -> ClassNames.requireFailureType(RETRY_KEY, "", this.loader),
        RETRY_KEY,
        "it is blank.",
        FAILURE_ACTION);
  }

  private static void assertFails(
      ThrowingCallable check, String property, String problem, String action) {
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(check)
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo(property);
              assertThat(ex.getProblem()).isEqualTo(problem);
              assertThat(ex.getDescription())
                  .isEqualTo("Invalid property '" + property + "': " + problem);
              assertThat(ex.getAction()).isEqualTo(action);
            });
  }
}
