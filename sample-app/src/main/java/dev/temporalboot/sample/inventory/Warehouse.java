package dev.temporalboot.sample.inventory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** In-memory stock, standing in for a database the activities would use. */
@Component
public class Warehouse {

  private final Map<String, Integer> stock =
      new ConcurrentHashMap<>(Map.of("BOOK-1", 100, "LAMP-7", 3));

  private final Set<String> reservations = ConcurrentHashMap.newKeySet();

  /** Takes stock once per order, so a retried activity does not reserve twice. */
  public synchronized boolean take(String orderId, String sku, int quantity) {
    if (this.reservations.contains(orderId)) {
      return true;
    }
    int available = this.stock.getOrDefault(sku, 0);
    if (quantity <= 0 || available < quantity) {
      return false;
    }
    this.stock.put(sku, available - quantity);
    this.reservations.add(orderId);
    return true;
  }

  /** Puts an order's stock back, once. */
  public synchronized void giveBack(String orderId, String sku, int quantity) {
    if (this.reservations.remove(orderId)) {
      this.stock.merge(sku, quantity, Integer::sum);
    }
  }

  public int available(String sku) {
    return this.stock.getOrDefault(sku, 0);
  }
}
