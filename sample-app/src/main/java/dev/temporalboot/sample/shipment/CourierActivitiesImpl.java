package dev.temporalboot.sample.shipment;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

/** Books parcels with the {@link Courier} bean. */
@Component
@ActivityImpl(taskQueues = "${sample.orders-queue:orders}")
public class CourierActivitiesImpl implements CourierActivities {

  private final Courier courier;

  public CourierActivitiesImpl(Courier courier) {
    this.courier = courier;
  }

  @Override
  public String book(Parcel parcel) {
    return this.courier.book(parcel);
  }
}
