package dev.temporalboot.internal.schedule;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Durations;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.schedulespec.ActionTimes;
import io.temporal.api.schedule.v1.IntervalSpec;
import io.temporal.api.schedule.v1.ScheduleSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Refuses a spec that the server would refuse or that never fires, naming the key at fault. Specs
 * are compiled as the embedded server compiles them, which follows a real cluster's rules.
 */
final class ScheduleSpecCheck {

  private ScheduleSpecCheck() {}

  static void check(ScheduleDeclaration.Spec spec, String prefix, String seed, Instant now) {
    if (spec.crons().isEmpty() && spec.interval() == null) {
      throw new InvalidTemporalPropertyException(
          prefix + ".cron",
          "the schedule never fires: it has neither cron nor interval.",
          "Set cron (e.g. cron: ['0 8 * * *']) or interval (e.g. interval.every: 1h).");
    }
    String zone = spec.timeZone();
    if (zone != null) {
      ScheduleZones.check(zone, prefix + ".time-zone", seed);
    }
    List<String> crons = spec.crons();
    for (int i = 0; i < crons.size(); i++) {
      ScheduleValues.checkCron(
          prefix + ".cron[" + i + "]", only(spec).addCronString(crons.get(i)).build(), seed, now);
    }
    ScheduleDeclaration.Interval interval = spec.interval();
    if (interval != null) {
      compile(only(spec).addInterval(interval(interval)).build(), seed, prefix + ".interval");
    }
    Instant startAt = spec.startAt();
    Instant endAt = spec.endAt();
    if (endAt != null && startAt != null && !endAt.isAfter(startAt)) {
      throw new InvalidTemporalPropertyException(
          prefix + ".end-at",
          "the schedule never fires: end-at " + endAt + " is not after start-at " + startAt + ".",
          "Set end-at after start-at, or remove one of them.");
    }
    if (endAt != null && compile(proto(spec), seed, prefix).next(now) == null) {
      throw new InvalidTemporalPropertyException(
          prefix + ".end-at",
          "the schedule never fires: no action time is left before end-at " + endAt + ".",
          "Move end-at later, or remove it.");
    }
  }

  /** The spec as the server receives it. */
  static ScheduleSpec proto(ScheduleDeclaration.Spec spec) {
    ScheduleSpec.Builder builder = only(spec).addAllCronString(spec.crons());
    ScheduleDeclaration.Interval interval = spec.interval();
    if (interval != null) {
      builder.addInterval(interval(interval));
    }
    Instant startAt = spec.startAt();
    if (startAt != null) {
      builder.setStartTime(timestamp(startAt));
    }
    Instant endAt = spec.endAt();
    if (endAt != null) {
      builder.setEndTime(timestamp(endAt));
    }
    return builder.build();
  }

  private static ScheduleSpec.Builder only(ScheduleDeclaration.Spec spec) {
    ScheduleSpec.Builder builder = ScheduleSpec.newBuilder();
    if (spec.timeZone() != null) {
      builder.setTimezoneName(spec.timeZone());
    }
    Duration jitter = spec.jitter();
    if (jitter != null) {
      builder.setJitter(Durations.fromNanos(jitter.toNanos()));
    }
    return builder;
  }

  private static IntervalSpec interval(ScheduleDeclaration.Interval interval) {
    IntervalSpec.Builder builder =
        IntervalSpec.newBuilder().setInterval(Durations.fromNanos(interval.every().toNanos()));
    Duration offset = interval.offset();
    if (offset != null) {
      builder.setPhase(Durations.fromNanos(offset.toNanos()));
    }
    return builder.build();
  }

  private static Timestamp timestamp(Instant at) {
    return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
  }

  private static ActionTimes compile(ScheduleSpec spec, String seed, String key) {
    return ScheduleValues.compile(spec, seed, key);
  }
}
