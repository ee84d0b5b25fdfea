package dev.temporalboot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Counts the activity calls in flight: the peak, and the time integral (activity-seconds) from
 * which the driver derives the mean over its run. A daemon thread writes them to a file every 100
 * ms, since the driver kills workers rather than asking them to report.
 */
public final class InFlightStats {

  private final Path file;
  private int current;
  private int peak;
  private double activitySeconds;
  private long lastChange = System.nanoTime();

  private InFlightStats(Path file) {
    this.file = file;
  }

  /**
   * Stats that write to {@link BenchSettings#STATS_FILE}, or that count nothing when it is unset.
   *
   * @return the stats of this process's activities
   */
  static InFlightStats fromSystemProperty() {
    String name = System.getProperty(BenchSettings.STATS_FILE);
    InFlightStats stats = new InFlightStats(name == null ? null : Path.of(name));
    if (stats.file != null) {
      Thread writer = new Thread(stats::writeForever, "bench-in-flight-stats");
      writer.setDaemon(true);
      writer.start();
    }
    return stats;
  }

  synchronized void enter() {
    advance();
    this.current++;
    this.peak = Math.max(this.peak, this.current);
  }

  synchronized void exit() {
    advance();
    this.current--;
  }

  private void advance() {
    long now = System.nanoTime();
    this.activitySeconds += this.current * ((now - this.lastChange) / 1e9);
    this.lastChange = now;
  }

  private synchronized String snapshot() {
    advance();
    return String.format(
        Locale.ROOT, "peak=%d activity_seconds=%.3f%n", this.peak, this.activitySeconds);
  }

  private void writeForever() {
    Path temporary = this.file.resolveSibling(this.file.getFileName() + ".tmp");
    try {
      while (true) {
        Files.writeString(temporary, snapshot(), StandardCharsets.UTF_8);
        Files.move(
            temporary,
            this.file,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        Thread.sleep(100);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }
}
