package dev.temporalboot.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations: one wording for a zero, negative or too long value, whoever checks it. */
class DurationsTests {

  private static final String KEY = "temporal.workflows.OrderWorkflow.run-timeout";

  @Test
  void positiveAndUnsetDurationsPass() {
    assertThat(Durations.requirePositive(KEY, Duration.ofSeconds(10)))
        .isEqualTo(Duration.ofSeconds(10));
    Duration longest = Duration.ofSeconds(Durations.MAX_SECONDS, 999_999_999);
    assertThat(Durations.requirePositive(KEY, longest)).isEqualTo(longest);
    assertThat(Durations.requirePositive(KEY, null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT-5S", "PT-0.5S"})
  void zeroOrNegativeIsNotPositive(String iso) {
    Duration value = Duration.parse(iso);
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> Durations.requirePositive(KEY, value))
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo(KEY);
              assertThat(ex.getProblem())
                  .isEqualTo("'" + Durations.format(value) + "' is not a positive duration.");
              assertThat(ex.getDescription()).startsWith("Invalid property '" + KEY + "': ");
              assertThat(ex.getAction())
                  .isEqualTo("Use a positive duration such as 30s, 10m or 1h, or remove it.");
            });
  }

  @Test
  void zeroPassesWhereItIsAllowed() {
    assertThat(Durations.requireNonNegative(KEY, Duration.ZERO)).isZero();
    assertThat(Durations.requireNonNegative(KEY, null)).isNull();
  }

  @Test
  void negativeFailsWhereZeroIsAllowed() {
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> Durations.requireNonNegative(KEY, Duration.ofSeconds(-1)))
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo(KEY);
              assertThat(ex.getProblem()).isEqualTo("'-1s' is negative.");
              assertThat(ex.getAction())
                  .isEqualTo("Use 0s or a positive duration such as 30s, 10m or 1h, or remove it.");
            });
  }

  @Test
  void longerThanProtobufCarriesFailsEitherWay() {
    Duration tooLong = Duration.ofSeconds(Durations.MAX_SECONDS + 1);
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> Durations.requirePositive(KEY, tooLong))
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo(KEY);
              assertThat(ex.getProblem())
                  .isEqualTo(
                      "'315576000001s' is longer than 10,000 years, the most Temporal can carry.");
              assertThat(ex.getAction()).isEqualTo("Use a shorter duration, such as 365d.");
            });
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> Durations.requireNonNegative(KEY, tooLong))
        .withMessageContaining("longer than 10,000 years");
  }

  @Test
  void formatWritesTheLargestExactUnitAsSpringBootReadsIt() {
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(Durations.format(Duration.ofMinutes(120))).isEqualTo("2h");
    assertThat(Durations.format(Duration.ofDays(3))).isEqualTo("3d");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(Durations.format(Duration.ofNanos(1500))).isEqualTo("1500ns");
    assertThat(Durations.format(Duration.ofNanos(2000))).isEqualTo("2us");
    assertThat(Durations.format(Duration.parse("PT-0.5S"))).isEqualTo("-500ms");
    assertThat(Durations.format(Duration.ofMinutes(-1))).isEqualTo("-1m");
    assertThat(Durations.format(Duration.ofSeconds(Durations.MAX_SECONDS))).isEqualTo("3652500d");
  }
}
