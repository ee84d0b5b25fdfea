package dev.temporalboot.sample.order;

/** Where an order is, in the order it gets there; the last three are where it ends. */
public enum OrderStage {
  RECEIVED,
  RESERVING,
  AWAITING_APPROVAL,
  FRAUD_REVIEW,
  CHARGING,
  SHIPPING,
  COMPLETED,
  REJECTED,
  CANCELED;

  /** Whether the parcel has gone to the courier or the order has ended. */
  boolean isShippedOrOver() {
    return compareTo(SHIPPING) >= 0;
  }
}
