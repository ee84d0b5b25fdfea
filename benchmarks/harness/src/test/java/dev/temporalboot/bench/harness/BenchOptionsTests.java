package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTests {

  @Test
  void fullRunDefaults() {
    BenchOptions options = BenchOptions.parse();
    assertEquals(5, options.repetitions);
    assertEquals(5, options.scalingRepetitions);
    assertEquals(2000, options.workflows);
    assertEquals(List.of(10, 100, 1000), options.scalingSizes);
    // Slow calls, and more in flight than the SDK's 200 activity slots.
    assertEquals(3000, options.ioSleepMillis);
    assertEquals(1000, options.ioInFlight);
    assertEquals(1000, options.ioWorkflows);
  }

  @Test
  void quickKeepsTheHeadlineWorkloadAndThreeRepetitions() {
    BenchOptions options = BenchOptions.parse("--quick");
    assertTrue(options.quick);
    assertEquals(3, options.repetitions);
    assertEquals(3, options.scalingRepetitions);
    assertEquals(2000, options.workflows);
  }

  @Test
  void explicitValuesWinOverQuickWhereverTheyAre() {
    BenchOptions options = BenchOptions.parse("--reps", "4", "--quick", "--variants", "sdk,boot");
    assertEquals(4, options.repetitions);
    assertEquals(List.of(Variant.SDK, Variant.BOOT), options.variants);
    BenchOptions io = BenchOptions.parse("--io-in-flight", "300", "--io-workflows", "600");
    assertEquals(300, io.ioInFlight);
    assertEquals(600, io.ioWorkflows);
  }

  @Test
  void emptyScalingSizesSkipScaling() {
    assertEquals(List.of(), BenchOptions.parse("--scaling-sizes", "").scalingSizes);
  }

  @Test
  void badValuesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--reps", "0"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--nope", "1"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--reps"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--variants", "x"));
  }
}
