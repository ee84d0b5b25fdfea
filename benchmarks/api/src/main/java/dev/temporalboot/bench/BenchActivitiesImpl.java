package dev.temporalboot.bench;

/**
 * The activity code every variant runs. With {@link BenchSettings#ACTIVITY_SLEEP_MS} above zero
 * each call blocks that long, standing in for a remote call (the I/O-bound scenario); with {@link
 * BenchSettings#STATS_FILE} set, the calls in flight are counted.
 */
public class BenchActivitiesImpl implements BenchActivities {

  private final long sleepMillis = Long.getLong(BenchSettings.ACTIVITY_SLEEP_MS, 0);
  private final InFlightStats stats = InFlightStats.fromSystemProperty();

  @Override
  public String first(String input) {
    pause(input);
    return input + "-1";
  }

  @Override
  public String second(String input) {
    pause(input);
    return input + "-2";
  }

  private void pause(String input) {
    if (this.sleepMillis <= 0 || input.startsWith(BenchSettings.WARM_UP_PREFIX)) {
      return;
    }
    this.stats.enter();
    try {
      Thread.sleep(this.sleepMillis);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while simulating I/O", ex);
    } finally {
      this.stats.exit();
    }
  }
}
