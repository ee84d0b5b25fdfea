package dev.temporalboot.sample.order;

import org.jspecify.annotations.Nullable;

/**
 * How an order ended.
 *
 * @param orderId the workflow id of the order
 * @param status COMPLETED or REJECTED
 * @param chargedCents what the customer paid, 0 when rejected
 * @param trackingNumber the parcel's tracking number, when shipped
 * @param reason why it was rejected, when it was
 */
public record OrderResult(
    String orderId,
    String status,
    long chargedCents,
    @Nullable String trackingNumber,
    @Nullable String reason) {

  static OrderResult completed(String orderId, long chargedCents, String trackingNumber) {
    return new OrderResult(orderId, "COMPLETED", chargedCents, trackingNumber, null);
  }

  static OrderResult rejected(String orderId, String reason) {
    return new OrderResult(orderId, "REJECTED", 0, null, reason);
  }
}
