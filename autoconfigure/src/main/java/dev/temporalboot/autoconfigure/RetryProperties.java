package dev.temporalboot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A retry policy, of workflows or of activities; unset values use the server's defaults. */
public class RetryProperties {

  /** Delay before the first retry; the server's default is 1s. */
  private @Nullable Duration initialInterval;

  /** Factor the delay grows by after each retry, at least 1; the server's default is 2.0. */
  private @Nullable Double backoff;

  /** Longest delay between retries; the server's default is 100 times the initial interval. */
  private @Nullable Duration maximumInterval;

  /** Most attempts, the first included; 0 means unlimited. */
  private @Nullable Integer maximumAttempts;

  /**
   * Failure types that are not retried: exception class names (checked at startup when they have a
   * package) or ApplicationFailure types.
   */
  private List<String> doNotRetry = new ArrayList<>();

  public @Nullable Duration getInitialInterval() {
    return this.initialInterval;
  }

  public void setInitialInterval(@Nullable Duration initialInterval) {
    this.initialInterval = initialInterval;
  }

  public @Nullable Double getBackoff() {
    return this.backoff;
  }

  public void setBackoff(@Nullable Double backoff) {
    this.backoff = backoff;
  }

  public @Nullable Duration getMaximumInterval() {
    return this.maximumInterval;
  }

  public void setMaximumInterval(@Nullable Duration maximumInterval) {
    this.maximumInterval = maximumInterval;
  }

  public @Nullable Integer getMaximumAttempts() {
    return this.maximumAttempts;
  }

  public void setMaximumAttempts(@Nullable Integer maximumAttempts) {
    this.maximumAttempts = maximumAttempts;
  }

  public List<String> getDoNotRetry() {
    return this.doNotRetry;
  }

  public void setDoNotRetry(List<String> doNotRetry) {
    this.doNotRetry = doNotRetry;
  }
}
