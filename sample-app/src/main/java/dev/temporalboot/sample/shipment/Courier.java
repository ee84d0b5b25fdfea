package dev.temporalboot.sample.shipment;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The courier's booking API, in memory. It can go down, as real ones do. */
@Component
public class Courier {

  private final Map<String, Parcel> booked = new ConcurrentHashMap<>();

  private volatile boolean down;

  /** Books a parcel, once per order, so a retried booking returns the same tracking number. */
  public String book(Parcel parcel) {
    if (this.down) {
      throw new IllegalStateException("the courier's booking system is down");
    }
    this.booked.putIfAbsent(parcel.orderId(), parcel);
    return "TRK-" + Integer.toHexString(parcel.orderId().hashCode()).toUpperCase();
  }

  /** The parcel booked for an order, if any. */
  public Optional<Parcel> parcelOf(String orderId) {
    return Optional.ofNullable(this.booked.get(orderId));
  }

  /** Starts or ends an outage: bookings fail meanwhile, and Temporal retries them. */
  public void setDown(boolean down) {
    this.down = down;
  }
}
