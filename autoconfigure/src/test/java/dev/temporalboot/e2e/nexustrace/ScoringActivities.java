package dev.temporalboot.e2e.nexustrace;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface ScoringActivities {

  int score(String applicant);
}
