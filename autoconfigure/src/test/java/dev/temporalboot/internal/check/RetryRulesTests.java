package dev.temporalboot.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Retry policies: one set of rules for workflows and activities alike. */
class RetryRulesTests {

  private static final String PREFIX = "temporal.workflows.OrderWorkflow.retry";

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void sensiblePolicyPasses() {
    assertThatNoException()
        .isThrownBy(
            () ->
                check(
                    Duration.ofSeconds(1),
                    2.0,
                    Duration.ofMinutes(1),
                    5,
                    List.of("CardDeclined", IllegalStateException.class.getName())));
  }

  @Test
  void unsetValuesAndBoundaryValuesPass() {
    assertThatNoException().isThrownBy(() -> check(null, null, null, null, List.of()));
    assertThatNoException()
        .isThrownBy(() -> check(Duration.ofSeconds(5), 1.0, Duration.ofSeconds(5), 0, List.of()));
  }

  @Test
  void intervalsMustBePositive() {
    assertFails(
        () -> check(Duration.ZERO, null, null, null, List.of()),
        PREFIX + ".initial-interval",
        "'0s' is not a positive duration.",
        "Use a positive duration");
    assertFails(
        () -> check(null, null, Duration.ofSeconds(-1), null, List.of()),
        PREFIX + ".maximum-interval",
        "'-1s' is not a positive duration.",
        "Use a positive duration");
  }

  @Test
  void maximumIntervalShorterThanInitialFails() {
    assertFails(
        () -> check(Duration.ofSeconds(10), null, Duration.ofSeconds(1), null, List.of()),
        PREFIX + ".maximum-interval",
        "'1s' is shorter than the initial interval, '10s'.",
        "Make it at least as long as the initial interval, or remove it: the server's default"
            + " is 100 times the initial interval.");
  }

  @Test
  void backoffBelowOneFails() {
    String action = "Use 1.0 for a fixed interval, or more, e.g. 2.0.";
    assertFails(
        () -> check(null, 0.5, null, null, List.of()),
        PREFIX + ".backoff",
        "'0.5' is less than 1, so each retry would come sooner than the one before.",
        action);
    assertFails(
        () -> check(null, Double.NaN, null, null, List.of()),
        PREFIX + ".backoff",
        "'NaN' is less than 1, so each retry would come sooner than the one before.",
        action);
  }

  @Test
  void negativeMaximumAttemptsFail() {
    assertFails(
        () -> check(null, null, null, -1, List.of()),
        PREFIX + ".maximum-attempts",
        "'-1' is negative.",
        "Use 0 for unlimited attempts, or a positive number such as 5.");
  }

  @Test
  void doNotRetryEntriesAreCheckedNamingTheirIndex() {
    assertFails(
        () -> check(null, null, null, null, List.of("CardDeclined", "com.acme.NoSuchException")),
        PREFIX + ".do-not-retry[1]",
        "'com.acme.NoSuchException' is not a class on the classpath.",
        "Use the fully qualified name of an exception class");
  }

  private void check(
      @Nullable Duration initial,
      @Nullable Double backoff,
      @Nullable Duration maximum,
      @Nullable Integer attempts,
      List<String> doNotRetry) {
    RetryRules.check(PREFIX, initial, backoff, maximum, attempts, doNotRetry, this.loader);
  }

  private static void assertFails(
      ThrowingCallable check, String property, String problem, String action) {
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(check)
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo(property);
              assertThat(ex.getProblem()).isEqualTo(problem);
              assertThat(ex.getAction()).startsWith(action);
            });
  }
}
