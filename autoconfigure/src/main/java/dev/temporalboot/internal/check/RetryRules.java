package dev.temporalboot.internal.check;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A retry policy, of workflows or of activities: values the SDK would refuse with a bare exception,
 * or the server would read in a way nobody means. Unset values are null and pass.
 */
public final class RetryRules {

  private RetryRules() {}

  /**
   * Checks a retry policy's values.
   *
   * @param prefix the policy's key, e.g. {@code temporal.workflows.OrderWorkflow.retry}
   * @param initialInterval delay before the first retry
   * @param backoff factor the delay grows by after each retry
   * @param maximumInterval longest delay between retries
   * @param maximumAttempts most attempts, 0 meaning unlimited
   * @param doNotRetry failure types not retried, each checked by {@link
   *     ClassNames#requireFailureType}
   * @param classLoader loads exception classes, or null for the default one
   * @throws InvalidTemporalPropertyException naming the first value that cannot work
   */
  public static void check(
      String prefix,
      @Nullable Duration initialInterval,
      @Nullable Double backoff,
      @Nullable Duration maximumInterval,
      @Nullable Integer maximumAttempts,
      List<String> doNotRetry,
      @Nullable ClassLoader classLoader) {
    Durations.requirePositive(prefix + ".initial-interval", initialInterval);
    Durations.requirePositive(prefix + ".maximum-interval", maximumInterval);
    if (initialInterval != null
        && maximumInterval != null
        && maximumInterval.compareTo(initialInterval) < 0) {
      throw new InvalidTemporalPropertyException(
          prefix + ".maximum-interval",
          "'"
              + Durations.format(maximumInterval)
              + "' is shorter than the initial interval, '"
              + Durations.format(initialInterval)
              + "'.",
          "Make it at least as long as the initial interval, or remove it: the server's default"
              + " is 100 times the initial interval.");
    }
    // Negated so that NaN fails too.
    if (backoff != null && !(backoff >= 1.0)) {
      throw new InvalidTemporalPropertyException(
          prefix + ".backoff",
          "'" + backoff + "' is less than 1, so each retry would come sooner than the one before.",
          "Use 1.0 for a fixed interval, or more, e.g. 2.0.");
    }
    if (maximumAttempts != null && maximumAttempts < 0) {
      throw new InvalidTemporalPropertyException(
          prefix + ".maximum-attempts",
          "'" + maximumAttempts + "' is negative.",
          "Use 0 for unlimited attempts, or a positive number such as 5.");
    }
    for (int i = 0; i < doNotRetry.size(); i++) {
      ClassNames.requireFailureType(
          prefix + ".do-not-retry[" + i + "]", doNotRetry.get(i), classLoader);
    }
  }
}
