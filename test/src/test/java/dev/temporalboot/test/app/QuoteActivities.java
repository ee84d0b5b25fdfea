package dev.temporalboot.test.app;

import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface QuoteActivities {

  /** Returns the quote as this worker decoded it, as text. */
  String describe(Quote quote);

  /** Returns the quote unchanged. */
  Quote echo(Quote quote);
}
