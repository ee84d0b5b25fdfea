package dev.temporalboot.sample.payment;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.sample.customer.Customers;
import org.springframework.stereotype.Component;

/** Charges against each customer's credit limit, into the {@link PaymentLedger}. */
@Component
@ActivityImpl(taskQueues = "${sample.orders-queue:orders}")
public class PaymentActivitiesImpl implements PaymentActivities {

  private final Customers customers;

  private final PaymentLedger ledger;

  public PaymentActivitiesImpl(Customers customers, PaymentLedger ledger) {
    this.customers = customers;
    this.ledger = ledger;
  }

  @Override
  public long charge(String orderId, String customerId, long amountCents) {
    long limit = this.customers.creditLimitCents(customerId);
    if (amountCents > limit) {
      throw new PaymentDeclinedException(
          amountCents + " cents is over the credit limit of " + customerId);
    }
    this.ledger.charge(orderId, amountCents);
    return amountCents;
  }

  @Override
  public void refund(String orderId) {
    this.ledger.refund(orderId);
  }
}
