package dev.temporalboot.e2e.nexusshop;

import dev.temporalboot.NexusServiceStub;
import dev.temporalboot.e2e.nexus.app.CheckoutWorkflow;
import dev.temporalboot.e2e.nexus.app.RefundService;

/**
 * A caller that only a {@code temporal.namespaces} entry registers (by YAML, outside the scanned
 * packages), naming an endpoint no other workflow names.
 */
public class ShopCheckoutWorkflowImpl implements CheckoutWorkflow {

  @NexusServiceStub(endpoint = "shop-refunds", scheduleToCloseTimeout = "1m")
  private RefundService refunds;

  @Override
  public String checkout(String scenario, String order) {
    return this.refunds.refund(order);
  }
}
