package dev.temporalboot.sample.payment;

import dev.temporalboot.ActivityImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Quotes from the {@link PriceList}; the approval limit is a property. */
@Component
@ActivityImpl(taskQueues = "${sample.orders-queue:orders}")
public class PricingActivitiesImpl implements PricingActivities {

  private final PriceList prices;

  private final long approvalLimitCents;

  public PricingActivitiesImpl(
      PriceList prices, @Value("${sample.orders.approval-limit-cents:10000}") long limit) {
    this.prices = prices;
    this.approvalLimitCents = limit;
  }

  @Override
  public Quote quote(String customerId, String sku, int quantity) {
    long total = this.prices.priceOf(sku, quantity);
    return new Quote(total, total > this.approvalLimitCents);
  }
}
