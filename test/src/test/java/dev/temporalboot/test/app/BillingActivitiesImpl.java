package dev.temporalboot.test.app;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Service;

@Service
@ActivityImpl(taskQueues = "renewals")
public class BillingActivitiesImpl implements BillingActivities {

  @Override
  public String charge(String subscriptionId) {
    return "invoice-" + subscriptionId;
  }

  @Override
  public void notifyCustomer(String subscriptionId) {}
}
