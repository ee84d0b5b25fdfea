package dev.temporalboot.e2e.stubs;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface AuditActivities {

  String record(String event);
}
