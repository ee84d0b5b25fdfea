package dev.temporalboot.sample.fraud;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The fraud team's scoring rules, standing in for a risk model: an ordinary Spring bean. */
@Component
public class RiskRules {

  static final int REVIEW_THRESHOLD = 50;

  private final List<String> watchList;

  public RiskRules(@Value("${sample.fraud.watch-list:}") List<String> watchList) {
    this.watchList = List.copyOf(watchList);
  }

  /** A customer on the watch list needs a review; everyone else passes. */
  public RiskScore score(Screening screening) {
    if (this.watchList.contains(screening.customerId())) {
      return new RiskScore(90, true, "customer on the watch list");
    }
    int points = (screening.totalCents() > 50_000) ? 30 : 10;
    return new RiskScore(points, points >= REVIEW_THRESHOLD, "usual customer");
  }
}
