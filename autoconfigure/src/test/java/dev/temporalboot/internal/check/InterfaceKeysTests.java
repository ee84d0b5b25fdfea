package dev.temporalboot.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.activity.ActivityInterface;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys naming an interface: by simple name among the known ones, or by full name; one wording. */
class InterfaceKeysTests {

  private static final String PREFIX = "temporal.activities.";

  private static final InterfaceKeys.Kind KIND =
      new InterfaceKeys.Kind(
          "an activity interface",
          "activity interfaces",
          ActivityInterface.class,
          "com.acme.PaymentActivities");

  @Test
  void simpleNameOfAKnownInterfaceResolvesIgnoringCase() {
    assertThat(InterfaceKeys.resolve(PREFIX, "shipping", List.of(Shipping.class), null, KIND))
        .isEqualTo(Shipping.class);
  }

  @Test
  void fullNameOfAnInterfaceOfTheKindResolvesEvenWhenNotKnown() {
    assertThat(InterfaceKeys.resolve(PREFIX, Shipping.class.getName(), List.of(), null, KIND))
        .isEqualTo(Shipping.class);
  }

  @Test
  void simpleNameOfTwoKnownInterfacesAsksForTheFullName() {
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(
            () ->
                InterfaceKeys.resolve(
                    PREFIX, "Shipping", List.of(Shipping.class, Other.Shipping.class), null, KIND))
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo("temporal.activities.Shipping");
              assertThat(ex.getProblem())
                  .isEqualTo("'Shipping' names several activity interfaces: Shipping, Shipping.");
              assertThat(ex.getAction())
                  .isEqualTo(
                      "Use the fully qualified name of the one you mean, in brackets:"
                          + " temporal.activities[com.acme.PaymentActivities].");
            });
  }

  @Test
  void keyNamingNothingOfTheKindListsWhatWouldWork() {
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(
            () ->
                InterfaceKeys.resolve(
                    PREFIX, "java.lang.Runnable", List.of(Shipping.class), null, KIND))
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo("temporal.activities.java.lang.Runnable");
              assertThat(ex.getProblem())
                  .isEqualTo(
                      "'java.lang.Runnable' is neither 'default', nor an activity interface this"
                          + " app implements or injects, nor the full name of an"
                          + " @ActivityInterface interface.");
              assertThat(ex.getAction())
                  .isEqualTo(
                      "Use 'default', a full name in brackets"
                          + " (temporal.activities[com.acme.PaymentActivities]), or one of:"
                          + " Shipping.");
            });
  }

  @Test
  void withNothingKnownTheActionSaysSo() {
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> InterfaceKeys.resolve(PREFIX, "Nope", List.of(), null, KIND))
        .satisfies((ex) -> assertThat(ex.getAction()).endsWith("or one of: (none found)."));
  }

  @ActivityInterface
  interface Shipping {
    void ship();
  }

  static class Other {

    @ActivityInterface
    interface Shipping {
      void ship();
    }
  }
}
