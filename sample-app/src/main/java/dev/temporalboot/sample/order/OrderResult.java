package dev.temporalboot.sample.order;

import org.jspecify.annotations.Nullable;

/**
 * How an order ended.
 *
 * @param orderId the order
 * @param status COMPLETED or REJECTED; a cancelled order ends as a cancelled workflow instead
 * @param chargedCents what the customer paid, 0 unless completed
 * @param trackingNumber the parcel's tracking number, when shipped
 * @param loyaltyPoints points credited to the customer's loyalty account, 0 when not enrolled
 * @param reason why it was rejected
 */
public record OrderResult(
    String orderId,
    OrderStage status,
    long chargedCents,
    @Nullable String trackingNumber,
    int loyaltyPoints,
    @Nullable String reason) {

  static OrderResult completed(String orderId, long charged, String tracking, int points) {
    return new OrderResult(orderId, OrderStage.COMPLETED, charged, tracking, points, null);
  }

  static OrderResult rejected(String orderId, String reason) {
    return new OrderResult(orderId, OrderStage.REJECTED, 0, null, 0, reason);
  }
}
