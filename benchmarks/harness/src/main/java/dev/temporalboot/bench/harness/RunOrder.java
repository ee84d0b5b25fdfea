package dev.temporalboot.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order of variants in each repetition: the rows of a Latin square (every variant takes every
 * position once in three repetitions), reversed on the next three, so that a variant that warms the
 * machine's caches or follows a noisy neighbour is not always the same one.
 */
final class RunOrder {

  private RunOrder() {}

  static List<Variant> forRepetition(int repetition, List<Variant> selected) {
    Variant[] all = selected.toArray(Variant[]::new);
    List<Variant> order = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      order.add(all[(i + repetition) % all.length]);
    }
    if ((repetition / all.length) % 2 == 1) {
      Collections.reverse(order);
    }
    return order;
  }
}
