package dev.temporalboot.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order of variants in each repetition: the rows of a balanced (Williams) Latin square, every
 * variant taking every position once in n repetitions and, for an even n, following every other
 * variant once, then the same rows reversed on the next n. So no variant always warms the machine
 * for, or follows a noisy neighbour of, the same other one: with the three observability variants
 * in the CPU-bound scenario, a plain rotation ran sampling 0.1 right after sampling 1.0 every time.
 */
final class RunOrder {

  private RunOrder() {}

  static List<Variant> forRepetition(int repetition, List<Variant> selected) {
    int n = selected.size();
    List<Variant> order = new ArrayList<>();
    if (n == 0) {
      return order;
    }
    for (int step : firstRow(n)) {
      order.add(selected.get((step + repetition) % n));
    }
    if ((repetition / n) % 2 == 1) {
      Collections.reverse(order);
    }
    return order;
  }

  /** 0, 1, n-1, 2, n-2, ...: consecutive entries differ by every distance 1..n-1 once. */
  static int[] firstRow(int n) {
    int[] row = new int[n];
    int low = 1;
    int high = n - 1;
    for (int i = 1; i < n; i++) {
      row[i] = (i % 2 == 1) ? low++ : high--;
    }
    return row;
  }
}
