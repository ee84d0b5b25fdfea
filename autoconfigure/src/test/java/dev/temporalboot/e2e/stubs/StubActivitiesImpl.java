package dev.temporalboot.e2e.stubs;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = "stubs")
public class StubActivitiesImpl implements ShipmentActivities, AuditActivities {

  @Override
  public String book(String parcel) {
    return "booked " + parcel;
  }

  @Override
  public String record(String event) {
    return "recorded " + event;
  }
}
