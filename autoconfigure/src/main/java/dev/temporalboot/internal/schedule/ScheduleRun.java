package dev.temporalboot.internal.schedule;

/** A resolved schedule and what reconciling it has done so far. */
final class ScheduleRun {

  private final ResolvedSchedule schedule;

  private volatile ScheduleOutcome outcome = ScheduleOutcome.PENDING;

  ScheduleRun(ResolvedSchedule schedule) {
    this.schedule = schedule;
  }

  ResolvedSchedule schedule() {
    return this.schedule;
  }

  ScheduleOutcome outcome() {
    return this.outcome;
  }

  void outcome(ScheduleOutcome outcome) {
    this.outcome = outcome;
  }
}
