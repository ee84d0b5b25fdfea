package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InFlightTests {

  @Test
  void theActivitiesLineIsParsed() {
    assertEquals(new InFlight(400, 1234.5), InFlight.parse("peak=400 activity_seconds=1234.500\n"));
  }

  @Test
  void theMeanIsTheGrowthOfActivitySecondsOverTheRun() {
    InFlight before = new InFlight(1, 0.1);
    InFlight after = new InFlight(400, 6400.1);
    assertEquals(320.0, after.meanSince(before, 20), 1e-9);
  }

  @Test
  void anIncompleteLineIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> InFlight.parse("peak=3"));
  }

  @Test
  void aFileNotWrittenYetMeansNothingInFlight(@TempDir Path dir) throws Exception {
    assertEquals(InFlight.NONE, InFlight.read(dir.resolve("missing.txt")));
    Path file = Files.writeString(dir.resolve("stats.txt"), "peak=2 activity_seconds=3.000");
    assertEquals(new InFlight(2, 3.0), InFlight.read(file));
  }
}
