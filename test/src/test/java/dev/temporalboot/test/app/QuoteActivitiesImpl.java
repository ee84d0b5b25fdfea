package dev.temporalboot.test.app;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Service;

@Service
@ActivityImpl(taskQueues = "quotes")
public class QuoteActivitiesImpl implements QuoteActivities {

  @Override
  public String describe(Quote quote) {
    return quote.toString();
  }

  @Override
  public Quote echo(Quote quote) {
    return quote;
  }
}
