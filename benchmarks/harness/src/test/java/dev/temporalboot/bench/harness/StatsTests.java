package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTests {

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertEquals(3.0, Stats.median(List.of(9.0, 1.0, 3.0)));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
  }

  @Test
  void medianOfNothingIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Stats.median(List.of()));
  }

  @Test
  void ratioIsOursOverTheirs() {
    assertEquals(0.8, Stats.ratio(400, 500), 1e-9);
  }

  @Test
  void ratioAgainstNothingIsNotANumber() {
    assertTrue(Double.isNaN(Stats.ratio(400, 0)));
    assertTrue(Double.isNaN(Stats.ratio(400, Double.NaN)));
  }
}
