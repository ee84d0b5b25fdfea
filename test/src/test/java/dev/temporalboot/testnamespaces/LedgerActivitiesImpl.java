package dev.temporalboot.testnamespaces;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Service;

@Service
@ActivityImpl(taskQueues = "invoices", namespace = "billing")
public class LedgerActivitiesImpl implements LedgerActivities {

  @Override
  public String post(String customer) {
    return customer.startsWith("blocked") ? "" : "entry-" + customer;
  }
}
