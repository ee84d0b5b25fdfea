package dev.temporalboot.e2e.proxy;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface PaymentActivities {

  /** Returns whether a transaction was active while charging. */
  boolean charge(String orderId);
}
