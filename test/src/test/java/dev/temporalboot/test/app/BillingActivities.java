package dev.temporalboot.test.app;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface BillingActivities {

  String charge(String subscriptionId);

  void notifyCustomer(String subscriptionId);
}
