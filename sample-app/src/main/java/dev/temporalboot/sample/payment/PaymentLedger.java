package dev.temporalboot.sample.payment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** In-memory payments, standing in for a payment provider: one charge per order, at most. */
@Component
public class PaymentLedger {

  private final Map<String, Long> charges = new ConcurrentHashMap<>();

  private final Map<String, Long> refunds = new ConcurrentHashMap<>();

  void charge(String orderId, long amountCents) {
    this.charges.putIfAbsent(orderId, amountCents);
  }

  void refund(String orderId) {
    Long charged = this.charges.get(orderId);
    if (charged != null) {
      this.refunds.putIfAbsent(orderId, charged);
    }
  }

  /** What the order was charged, 0 if nothing. */
  public long chargedCents(String orderId) {
    return this.charges.getOrDefault(orderId, 0L);
  }

  /** What the order was paid back, 0 if nothing. */
  public long refundedCents(String orderId) {
    return this.refunds.getOrDefault(orderId, 0L);
  }
}
