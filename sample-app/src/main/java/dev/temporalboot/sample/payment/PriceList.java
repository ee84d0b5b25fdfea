package dev.temporalboot.sample.payment;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Prices in cents. */
@Component
public class PriceList {

  private static final Map<String, Long> PRICES =
      Map.of("BOOK-1", 1_999L, "MUG-2", 899L, "LAMP-7", 4_500L);

  /** The price of {@code quantity} items; 0 for an unknown SKU. */
  public long priceOf(String sku, int quantity) {
    return PRICES.getOrDefault(sku, 0L) * quantity;
  }
}
