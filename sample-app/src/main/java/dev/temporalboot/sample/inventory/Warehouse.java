package dev.temporalboot.sample.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** In-memory stock, standing in for the database the activities would use. */
@Component
public class Warehouse {

  private final Map<String, Integer> stock =
      new ConcurrentHashMap<>(Map.of("BOOK-1", 500, "MUG-2", 40, "LAMP-7", 3));

  private final Map<String, Reservation> reservations = new ConcurrentHashMap<>();

  /** Takes stock once per order, so a retried activity does not reserve twice. */
  public synchronized boolean reserve(String orderId, String sku, int quantity) {
    if (this.reservations.containsKey(orderId)) {
      return true;
    }
    int available = this.stock.getOrDefault(sku, 0);
    if (quantity <= 0 || available < quantity) {
      return false;
    }
    this.stock.put(sku, available - quantity);
    this.reservations.put(orderId, new Reservation(sku, quantity));
    return true;
  }

  /** Puts back what an order reserved, if anything, once. */
  public synchronized void release(String orderId) {
    Reservation reservation = this.reservations.remove(orderId);
    if (reservation != null) {
      this.stock.merge(reservation.sku(), reservation.quantity(), Integer::sum);
    }
  }

  public int available(String sku) {
    return this.stock.getOrDefault(sku, 0);
  }

  /** SKUs with fewer than {@code threshold} items left, in name order. */
  public List<String> below(int threshold) {
    return new TreeMap<>(this.stock)
        .entrySet().stream()
            .filter((e) -> e.getValue() < threshold)
            .map(Map.Entry::getKey)
            .toList();
  }

  private record Reservation(String sku, int quantity) {}
}
