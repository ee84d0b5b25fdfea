package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
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

  @Test
  void noVariantsGiveAnEmptyOrder() {
    assertEquals(List.of(), RunOrder.forRepetition(0, List.of()));
    assertEquals(List.of(), RunOrder.forRepetition(4, List.of()));
  }

  @Test
  void withSixVariantsEachFollowsEveryOtherOnceInSixRepetitions() {
    List<Variant> six = new ArrayList<>(Variant.MAIN);
    six.addAll(Variant.OBSERVED);
    assertEquals(6, six.size());
    Set<List<Variant>> pairs = new HashSet<>();
    for (int rep = 0; rep < 6; rep++) {
      List<Variant> order = RunOrder.forRepetition(rep, six);
      assertEquals(EnumSet.copyOf(six), EnumSet.copyOf(order));
      for (int i = 1; i < order.size(); i++) {
        pairs.add(List.of(order.get(i - 1), order.get(i)));
      }
    }
    assertEquals(30, pairs.size());
  }

  @Test
  void theObservedVariantsDoNotKeepOneRelativeOrder() {
    List<Variant> six = new ArrayList<>(Variant.MAIN);
    six.addAll(Variant.OBSERVED);
    Set<List<Variant>> relativeOrders = new HashSet<>();
    for (int rep = 0; rep < 3; rep++) {
      List<Variant> observed = new ArrayList<>(RunOrder.forRepetition(rep, six));
      observed.retainAll(Variant.OBSERVED);
      relativeOrders.add(observed);
    }
    assertEquals(3, relativeOrders.size());
  }
}
