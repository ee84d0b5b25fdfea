package dev.temporalboot.testnamespaces;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface LedgerActivities {

  /** Returns the ledger entry, or an empty string when the ledger rejects it. */
  String post(String customer);
}
