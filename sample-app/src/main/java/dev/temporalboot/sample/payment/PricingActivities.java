package dev.temporalboot.sample.payment;

import io.temporal.activity.ActivityInterface;

/**
 * Pricing, a quick in-process lookup: application.yml makes its stubs local activities, which run
 * in the workflow's worker without a round trip through a task queue.
 */
@ActivityInterface
public interface PricingActivities {

  Quote quote(String customerId, String sku, int quantity);
}
