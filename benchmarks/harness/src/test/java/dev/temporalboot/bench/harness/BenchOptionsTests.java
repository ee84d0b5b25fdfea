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
    assertEquals(16_000, options.ioSleepMillis);
    assertEquals(400, options.ioInFlight);
    assertEquals(400, options.ioWorkflows);
    assertEquals(3, options.pinnedRepetitions);
    assertEquals(5, options.modeRepetitions);
    assertTrue(options.observability);
    assertTrue(options.scalingSpringAot);
    assertEquals(Variant.MAIN, options.variants);
  }

  @Test
  void quickRunsThreeRepetitionsOfASmallerWorkloadAndOnePinnedRun() {
    BenchOptions options = BenchOptions.parse("--quick");
    assertTrue(options.quick);
    assertEquals(3, options.repetitions);
    assertEquals(3, options.scalingRepetitions);
    assertEquals(450, options.workflows);
    assertEquals(List.of(10, 1000), options.scalingSizes);
    assertEquals(1, options.pinnedRepetitions);
    assertEquals(3, options.modeRepetitions);
    assertEquals(400, options.ioWorkflows);
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
  void scalingSizesAreSortedSoTheRegistrationCostSpansSmallestToLargest() {
    assertEquals(List.of(10, 1000), BenchOptions.parse("--scaling-sizes", "1000,10").scalingSizes);
  }

  @Test
  void pinnedModeAndObservabilityRunsCanBeSwitchedOff() {
    BenchOptions options =
        BenchOptions.parse("--pinned-reps", "0", "--mode-reps", "0", "--observability", "false");
    assertEquals(0, options.pinnedRepetitions);
    assertEquals(0, options.modeRepetitions);
    assertTrue(!options.observability);
    assertEquals(3, Driver.scenarios(options).get(0).variants().size());
  }

  @Test
  void theDistantServersDelayIsAnOptionAndZeroSkipsThatRun() {
    assertEquals(25, BenchOptions.parse().serverDelayMillis);
    assertEquals(0, BenchOptions.parse("--server-delay-ms", "0").serverDelayMillis);
  }

  @Test
  void springAotScalingRowsCanBeSwitchedOff() {
    assertTrue(!BenchOptions.parse("--scaling-spring-aot", "false").scalingSpringAot);
  }

  @Test
  void theObservedVariantsRunOnlyInTheCpuBoundScenario() {
    List<Scenario> scenarios = Driver.scenarios(BenchOptions.parse("--quick"));
    assertTrue(scenarios.get(0).variants().containsAll(Variant.OBSERVED));
    assertEquals(Variant.MAIN, scenarios.get(1).variants());
    assertTrue(scenarios.get(2).pinned() && scenarios.get(2).oneActivity());
    assertEquals(1, scenarios.get(2).repetitions());
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
