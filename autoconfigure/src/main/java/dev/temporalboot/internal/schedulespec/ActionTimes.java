package dev.temporalboot.internal.schedulespec;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A compiled schedule spec: the times its actions run, one after another. */
public interface ActionTimes {

  /**
   * Returns the first action time whose nominal time is strictly after the given instant.
   *
   * @param after the instant to search from
   * @return the next time, or null when the spec never matches again (past its end time)
   */
  @Nullable ActionTime next(Instant after);
}
