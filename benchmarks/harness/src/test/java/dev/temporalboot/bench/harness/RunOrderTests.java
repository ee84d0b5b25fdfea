package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunOrderTests {

  private final List<Variant> all = Variant.MAIN;

  @Test
  void everyVariantTakesEveryPositionInThreeRepetitions() {
    for (int position = 0; position < 3; position++) {
      Set<Variant> seen = EnumSet.noneOf(Variant.class);
      for (int rep = 0; rep < 3; rep++) {
        seen.add(RunOrder.forRepetition(rep, this.all).get(position));
      }
      assertEquals(EnumSet.copyOf(Variant.MAIN), seen);
    }
  }

  @Test
  void theNextThreeRepetitionsRunInReverse() {
    List<Variant> first = RunOrder.forRepetition(0, this.all);
    List<Variant> reversed = new ArrayList<>(first);
    Collections.reverse(reversed);
    assertEquals(reversed, RunOrder.forRepetition(3, this.all));
    assertNotEquals(first, RunOrder.forRepetition(1, this.all));
  }

  @Test
  void aSelectionIsRotatedToo() {
    List<Variant> two = List.of(Variant.SDK, Variant.BOOT);
    assertEquals(List.of(Variant.BOOT, Variant.SDK), RunOrder.forRepetition(1, two));
  }
}
