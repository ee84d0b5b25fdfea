package dev.temporalboot.sample.payment;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Prices in cents, and each customer's credit limit. */
@Component
public class PriceList {

  private static final Map<String, Long> PRICES = Map.of("BOOK-1", 1_999L, "LAMP-7", 4_500L);

  private static final long CREDIT_LIMIT_CENTS = 20_000;

  public long priceOf(String sku, int quantity) {
    return PRICES.getOrDefault(sku, 0L) * quantity;
  }

  public long creditLimitOf(String customerId) {
    return customerId.startsWith("vip-") ? Long.MAX_VALUE : CREDIT_LIMIT_CENTS;
  }
}
