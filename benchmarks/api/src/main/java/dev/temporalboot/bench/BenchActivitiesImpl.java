package dev.temporalboot.bench;

/**
 * The activity code every variant runs. With {@link BenchSettings#ACTIVITY_SLEEP_MS} above zero
 * each call blocks that long, standing in for a remote call (the I/O-bound scenario).
 */
public class BenchActivitiesImpl implements BenchActivities {

  private final long sleepMillis = Long.getLong(BenchSettings.ACTIVITY_SLEEP_MS, 0);

  @Override
  public String first(String input) {
    pause();
    return input + "-1";
  }

  @Override
  public String second(String input) {
    pause();
    return input + "-2";
  }

  private void pause() {
    if (this.sleepMillis <= 0) {
      return;
    }
    try {
      Thread.sleep(this.sleepMillis);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while simulating I/O", ex);
    }
  }
}
