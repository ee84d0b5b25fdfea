package dev.temporalboot.e2e.namespaces;

import io.temporal.activity.ActivityInterface;

/** Billing's activity. */
@ActivityInterface
public interface LedgerActivities {

  String book(int cents);
}
