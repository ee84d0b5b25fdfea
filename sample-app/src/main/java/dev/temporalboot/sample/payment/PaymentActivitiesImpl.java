package dev.temporalboot.sample.payment;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = "${sample.orders-queue:orders}")
public class PaymentActivitiesImpl implements PaymentActivities {

  private final PriceList prices;

  public PaymentActivitiesImpl(PriceList prices) {
    this.prices = prices;
  }

  @Override
  public long charge(String orderId, String customerId, String sku, int quantity) {
    long amount = this.prices.priceOf(sku, quantity);
    if (amount > this.prices.creditLimitOf(customerId)) {
      throw new PaymentDeclinedException(
          amount + " cents is over the credit limit of " + customerId);
    }
    return amount;
  }
}
