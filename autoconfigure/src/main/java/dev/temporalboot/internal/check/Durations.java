package dev.temporalboot.internal.check;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Durations: never negative, at most what protobuf carries, and positive where zero would mean "no
 * time at all" (timeouts, retry intervals).
 */
public final class Durations {

  /** The whole seconds of the largest duration protobuf carries: 10,000 years. */
  static final long MAX_SECONDS = 315_576_000_000L;

  private static final String EXAMPLES = "such as 30s, 10m or 1h";

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  /** Spring Boot's units, largest first, with their length in nanoseconds. */
  private static final List<Map.Entry<String, Long>> UNITS =
      List.of(
          Map.entry("d", 86_400_000_000_000L),
          Map.entry("h", 3_600_000_000_000L),
          Map.entry("m", 60_000_000_000L),
          Map.entry("s", 1_000_000_000L),
          Map.entry("ms", 1_000_000L),
          Map.entry("us", 1_000L));

  private Durations() {}

  /**
   * Refuses a duration that is zero or negative, or too long; null (unset) passes.
   *
   * @param property the full key, e.g. {@code temporal.workflows.OrderWorkflow.run-timeout}
   * @param value the duration, or null when unset
   * @return the value
   * @throws InvalidTemporalPropertyException if the value cannot work
   */
  public static @Nullable Duration requirePositive(String property, @Nullable Duration value) {
    if (value != null && (value.isNegative() || value.isZero())) {
      throw new InvalidTemporalPropertyException(
          property,
          "'" + format(value) + "' is not a positive duration.",
          "Use a positive duration " + EXAMPLES + ", or remove it.");
    }
    return requireNonNegative(property, value);
  }

  /**
   * Refuses a negative duration, or one longer than protobuf carries; zero and null (unset) pass.
   *
   * @param property the full key, e.g. {@code temporal.shutdown.grace-period}
   * @param value the duration, or null when unset
   * @return the value
   * @throws InvalidTemporalPropertyException if the value cannot work
   */
  public static @Nullable Duration requireNonNegative(String property, @Nullable Duration value) {
    if (value != null && value.isNegative()) {
      throw new InvalidTemporalPropertyException(
          property,
          "'" + format(value) + "' is negative.",
          "Use 0s or a positive duration " + EXAMPLES + ", or remove it.");
    }
    if (value != null && value.getSeconds() > MAX_SECONDS) {
      throw new InvalidTemporalPropertyException(
          property,
          "'" + format(value) + "' is longer than 10,000 years, the most Temporal can carry.",
          "Use a shorter duration, such as 365d.");
    }
    return value;
  }

  /**
   * Writes a duration as Spring Boot reads it, in the largest unit that keeps it exact: 90s, 2h,
   * 500ms, rather than PT1M30S.
   */
  static String format(Duration value) {
    if (value.isZero()) {
      return "0s";
    }
    BigInteger nanos =
        BigInteger.valueOf(value.getSeconds())
            .multiply(NANOS_PER_SECOND)
            .add(BigInteger.valueOf(value.getNano()));
    for (Map.Entry<String, Long> unit : UNITS) {
      BigInteger[] quotient = nanos.divideAndRemainder(BigInteger.valueOf(unit.getValue()));
      if (quotient[1].signum() == 0) {
        return quotient[0] + unit.getKey();
      }
    }
    return nanos + "ns";
  }
}
