package dev.temporalboot.internal.embedded.cron;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The next run of a cron workflow as a real cluster times it: the schedule's first time after the
 * previous run's scheduled time that is not before now, and the delay to it rounded up to seconds.
 */
final class CronNextTimes {

  private CronNextTimes() {}

  /** Returns the delay from now to the next run after {@code scheduled}, whole seconds. */
  static Duration backoff(WorkflowCron cron, Instant scheduled, Instant now) {
    Instant next = next(cron, scheduled);
    while (next.isBefore(now)) {
      next = next(cron, next);
    }
    Duration delay = Duration.between(now, next);
    long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(seconds);
  }

  /** Returns the schedule's first time strictly after {@code after}. */
  static Instant next(WorkflowCron cron, Instant after) {
    Instant second = after.truncatedTo(ChronoUnit.SECONDS);
    if (cron.every() != null) {
      return second.plus(cron.every());
    }
    ZonedDateTime t =
        second.atZone(WorkflowCronZones.load(cron.zone())).truncatedTo(ChronoUnit.MINUTES);
    t = t.plusMinutes(1);
    ZonedDateTime end = t.plusYears(5);
    while (t.isBefore(end)) {
      if (!cron.dayMatches(t.getMonthValue(), t.getDayOfMonth(), t.getDayOfWeek().getValue() % 7)) {
        t = t.toLocalDate().plusDays(1).atStartOfDay(t.getZone());
      } else if (!cron.hours().get(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!cron.minutes().get(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return t.toInstant();
      }
    }
    throw new IllegalArgumentException("no time can be found to satisfy the schedule");
  }
}
