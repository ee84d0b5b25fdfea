package dev.temporalboot.e2e.nstrace;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = "payments", namespace = "billing")
public class ChargeActivitiesImpl implements ChargeActivities {

  @Override
  public String charge(String order) {
    return "charged " + order;
  }
}
