package dev.temporalboot.e2e.nexustrace;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = "credit")
public class ScoringActivitiesImpl implements ScoringActivities {

  @Override
  public int score(String applicant) {
    return applicant.length() * 100;
  }
}
