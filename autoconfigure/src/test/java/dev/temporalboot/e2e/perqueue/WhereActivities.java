package dev.temporalboot.e2e.perqueue;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface WhereActivities {

  /** Says whether it ran as a local or a remote activity, and on which queue. */
  String where();
}
