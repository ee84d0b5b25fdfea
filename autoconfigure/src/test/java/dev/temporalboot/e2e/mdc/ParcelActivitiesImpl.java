package dev.temporalboot.e2e.mdc;

import dev.temporalboot.ActivityImpl;
import io.temporal.activity.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Fails its first attempt, so the second one logs attempt 2. */
@Component
@ActivityImpl(taskQueues = "parcels")
public class ParcelActivitiesImpl implements ParcelActivities {

  private static final Logger log = LoggerFactory.getLogger(ParcelActivitiesImpl.class);

  @Override
  public String hand(String parcel) {
    log.info("activity hands {}", parcel);
    if (Activity.getExecutionContext().getInfo().getAttempt() == 1) {
      throw new IllegalStateException("nobody home");
    }
    return "handed " + parcel;
  }
}
