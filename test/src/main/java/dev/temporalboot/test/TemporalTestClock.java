package dev.temporalboot.test;

import dev.temporalboot.internal.embedded.EmbeddedClock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The embedded server's clock, for tests: {@link #skip(Duration)} moves it forward so that
 * schedules, timers and cron workflows due meanwhile run, each at its own time, in seconds. It
 * works with and without {@code @TemporalTest(timeSkipping = false)}, in every namespace the server
 * serves:
 *
 * <pre>{@code
 * @Autowired TemporalTestClock clock;
 *
 * clock.skip(Duration.ofDays(30)); // a daily schedule has started 30 workflows
 * }</pre>
 *
 * <p>Only the embedded server's clock can move: on a real cluster every method fails, saying so.
 */
public final class TemporalTestClock implements AutoCloseable {

  private final @Nullable EmbeddedClock clock;

  private final String target;

  /**
   * Creates the clock; the test auto-configuration does, as a bean.
   *
   * @param clock the embedded server's clock, or null when the application runs on another server
   * @param target the server the application runs on, named when a method fails
   */
  public TemporalTestClock(@Nullable EmbeddedClock clock, String target) {
    this.clock = clock;
    this.target = target;
  }

  /**
   * Returns the server's current time, the time workflows see ({@code Workflow.currentTimeMillis}).
   *
   * @return the server's time
   * @throws IllegalStateException when the application does not run on the embedded server
   */
  public Instant now() {
    return clock().now();
  }

  /**
   * Moves the server's clock forward by {@code duration} and returns once it has passed {@link
   * #now()} plus {@code duration} and what fell due meanwhile has happened at its time: timers
   * fired, cron and delayed runs started, schedule actions taken, and the workflow tasks they
   * caused completed (a workflow that sleeps 2 hours has completed after {@code skip(2h)}, unless
   * it then waits for more). Activities run in real time, and time stands still while they run.
   *
   * @param duration how far to move the clock; zero waits only for what is due now
   * @throws IllegalArgumentException when {@code duration} is negative
   * @throws IllegalStateException when the application does not run on the embedded server, or when
   *     a workflow task stays pending 10 seconds (no worker polls its task queue), naming the
   *     workflow
   */
  public void skip(Duration duration) {
    clock().skip(duration);
  }

  private EmbeddedClock clock() {
    if (this.clock == null) {
      throw new IllegalStateException(
          "TemporalTestClock moves the embedded Temporal server's clock, but this application runs"
              + " on "
              + this.target
              + ", a server whose clock a test cannot move. Run the test with @TemporalTest, or"
              + " set temporal.embedded.enabled=true and leave temporal.connection.target empty.");
    }
    return this.clock;
  }

  /** Closes the connection to the embedded server. */
  @Override
  public void close() {
    if (this.clock != null) {
      this.clock.close();
    }
  }
}
