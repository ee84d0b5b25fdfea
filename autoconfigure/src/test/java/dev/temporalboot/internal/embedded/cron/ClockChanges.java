package dev.temporalboot.internal.embedded.cron;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/** When a zone's clocks change next, for tests that run a schedule across the change. */
final class ClockChanges {

  private ClockChanges() {}

  /**
   * The local day on which the zone next moves its clocks forward, at least three days after the
   * given time. Forward only: moving back repeats an hour, which the tests' times would fall into.
   */
  static LocalDate nextSpringForwardDay(ZoneId zone, Instant after) {
    ZoneOffsetTransition change = zone.getRules().nextTransition(after.plus(Duration.ofDays(3)));
    while (!change.isGap()) {
      change = zone.getRules().nextTransition(change.getInstant());
    }
    return change.getInstant().atZone(zone).toLocalDate();
  }
}
