package dev.temporalboot.internal.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs a check at most once per time-to-live, however often and concurrently it is asked: callers
 * within the TTL get the last result, and callers arriving while a check runs wait for that one.
 *
 * @param <T> the result type
 */
final class CachedCheck<T> {

  private final Supplier<T> check;

  private final Duration ttl;

  private final Clock clock;

  private @Nullable CompletableFuture<T> current;

  private Instant expiry = Instant.MIN;

  /**
   * Creates a cached check.
   *
   * @param check the check; it must not throw (turn failures into a result)
   * @param ttl how long a result is reused
   * @param clock the clock deciding when a result expires
   */
  public CachedCheck(Supplier<T> check, Duration ttl, Clock clock) {
    this.check = check;
    this.ttl = ttl;
    this.clock = clock;
  }

  /**
   * Returns the cached result, or runs the check when it has expired.
   *
   * @return the result
   */
  public T get() {
    CompletableFuture<T> result;
    boolean mine = false;
    synchronized (this) {
      if (this.current == null
          || (this.current.isDone() && !this.clock.instant().isBefore(this.expiry))) {
        this.current = new CompletableFuture<>();
        mine = true;
      }
      result = this.current;
    }
    if (mine) {
      try {
        T value = this.check.get();
        // The expiry is set before completing, so no caller sees a finished but stale result.
        synchronized (this) {
          this.expiry = this.clock.instant().plus(this.ttl);
        }
        result.complete(value);
      } catch (RuntimeException | Error ex) {
        synchronized (this) {
          this.expiry = Instant.MIN;
        }
        result.completeExceptionally(ex);
        throw ex;
      }
    }
    return result.join();
  }
}
