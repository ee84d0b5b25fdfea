package dev.temporalboot.e2e.namespaces;

import dev.temporalboot.ActivityImpl;
import io.temporal.activity.Activity;
import org.springframework.stereotype.Component;

/** A bean on billing's queue only. */
@Component
@ActivityImpl(taskQueues = "invoices", namespace = "billing")
public class LedgerActivitiesImpl implements LedgerActivities {

  @Override
  public String book(int cents) {
    return "booked " + cents + " by " + Activity.getExecutionContext().getInfo().getNamespace();
  }
}
