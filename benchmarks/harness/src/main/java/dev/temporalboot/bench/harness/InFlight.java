package dev.temporalboot.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a worker's activities wrote about their calls in flight (the api module's InFlightStats):
 * the peak, and activity-seconds so far, whose growth over a run divided by its length is the mean.
 *
 * @param peak most calls in flight at once since the worker started
 * @param activitySeconds the time integral of the calls in flight
 */
record InFlight(int peak, double activitySeconds) {

  static final InFlight NONE = new InFlight(0, 0);

  /** Reads the file; {@link #NONE} when no activity has written it yet. */
  static InFlight read(Path file) throws IOException {
    return Files.exists(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : NONE;
  }

  /** Parses {@code peak=12 activity_seconds=34.5}. */
  static InFlight parse(String line) {
    int peak = -1;
    double seconds = Double.NaN;
    for (String part : line.trim().split("\\s+")) {
      String[] pair = part.split("=", 2);
      if (pair.length == 2 && pair[0].equals("peak")) {
        peak = Integer.parseInt(pair[1]);
      } else if (pair.length == 2 && pair[0].equals("activity_seconds")) {
        seconds = Double.parseDouble(pair[1]);
      }
    }
    if (peak < 0 || Double.isNaN(seconds)) {
      throw new IllegalArgumentException("unexpected in-flight stats: " + line);
    }
    return new InFlight(peak, seconds);
  }

  /** Mean calls in flight between {@code before} and this, over {@code wallSeconds}. */
  double meanSince(InFlight before, double wallSeconds) {
    return wallSeconds > 0
        ? (this.activitySeconds - before.activitySeconds) / wallSeconds
        : Double.NaN;
  }
}
