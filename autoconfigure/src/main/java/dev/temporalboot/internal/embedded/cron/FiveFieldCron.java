package dev.temporalboot.internal.embedded.cron;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.BitSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a cron workflow's schedule, in the syntax a real cluster accepts, into five plain fields in
 * UTC that the SDK's test server runs at exactly the same times, or refuses it: with the server's
 * own message when a real cluster would too, else saying what to write instead.
 */
final class FiveFieldCron {

  private static final String FIELD = "(\\*|\\d+(-\\d+)?)(/\\d+)?";

  /** Five fields the test server already reads as a real cluster does. */
  private static final Pattern PLAIN =
      Pattern.compile("(" + FIELD + "(," + FIELD + ")*)( (" + FIELD + "(," + FIELD + ")*)){4}");

  private FiveFieldCron() {}

  /**
   * Returns the schedule to hand the test server.
   *
   * @param schedule the schedule a client sent, blank for none
   * @throws StatusRuntimeException INVALID_ARGUMENT when it cannot run
   */
  static String rewrite(String schedule) {
    if (schedule.isEmpty()) {
      return schedule;
    }
    WorkflowCron cron;
    try {
      cron = WorkflowCronParser.parse(schedule);
    } catch (IllegalArgumentException ex) {
      throw invalid("invalid CronSchedule.");
    }
    if (cron.every() != null) {
      throw unsupported(
          schedule,
          "@every has no five-field equivalent, which the SDK's test server needs for a command"
              + " of a workflow task the embedded server did not hand out. Write five fields"
              + " instead (such as \"0 * * * *\" for every hour), or create a Schedule with an"
              + " interval");
    }
    if (cron.zone() == null && plain(schedule)) {
      return schedule;
    }
    String fields = utcFields(cron);
    if (fields != null) {
      return fields;
    }
    if (WorkflowCronZones.fixedOffsetMinutes(WorkflowCronZones.load(cron.zone())) == null) {
      throw unsupported(
          schedule,
          cron.zone()
              + " changes its UTC offset (daylight saving time), so the schedule has no"
              + " five-field UTC equivalent, which the SDK's test server needs for a command of a"
              + " workflow task the embedded server did not hand out. Write it in UTC, or create"
              + " a Schedule with a time zone");
    }
    throw unsupported(
        schedule,
        "in "
            + cron.zone()
            + " it has no five-field UTC equivalent. Write it in UTC, or"
            + " create a Schedule with a time zone");
  }

  /**
   * Returns the five plain UTC fields that run at a schedule's times, or null when none do: for
   * {@code @every}, a zone with daylight saving time, or a zone's times that shift the day or do
   * not form a grid of hours and minutes in UTC.
   */
  static @Nullable String utcFields(WorkflowCron cron) {
    if (cron.every() != null) {
      return null;
    }
    Integer offset = WorkflowCronZones.fixedOffsetMinutes(WorkflowCronZones.load(cron.zone()));
    if (offset == null) {
      return null;
    }
    if (offset == 0) {
      return join(cron.minutes(), cron.hours(), cron);
    }
    BitSet utc = shiftedMinutesOfDay(cron, offset);
    BitSet hours = new BitSet();
    BitSet minutes = new BitSet();
    utc.stream().forEach((t) -> hours.set(t / 60));
    utc.stream().forEach((t) -> minutes.set(t % 60));
    boolean allDays =
        cron.anyDayOfMonth() && cron.anyDayOfWeek() && cron.months().cardinality() == 12;
    if (!allDays || hours.cardinality() * minutes.cardinality() != utc.cardinality()) {
      return null;
    }
    return join(minutes, hours, cron);
  }

  /**
   * Returns whether the test server reads the schedule as is: five plain fields, the days written
   * without a step on {@code *}, whose any-day meaning the two cron libraries might not share.
   */
  private static boolean plain(String schedule) {
    if (!PLAIN.matcher(schedule).matches()) {
      return false;
    }
    String[] fields = schedule.split(" ");
    return plainDays(fields[2]) && plainDays(fields[4]);
  }

  private static boolean plainDays(String field) {
    return field.equals("*") || !field.contains("*");
  }

  private static BitSet shiftedMinutesOfDay(WorkflowCron cron, int offsetMinutes) {
    BitSet utc = new BitSet();
    cron.hours().stream()
        .forEach(
            (h) ->
                cron.minutes().stream()
                    .forEach((m) -> utc.set(Math.floorMod(h * 60 + m - offsetMinutes, 1440))));
    return utc;
  }

  private static String join(BitSet minutes, BitSet hours, WorkflowCron cron) {
    return String.join(
        " ",
        list(minutes, 60),
        list(hours, 24),
        cron.anyDayOfMonth() ? "*" : list(cron.daysOfMonth(), -1),
        list(cron.months(), 12),
        cron.anyDayOfWeek() ? "*" : list(cron.daysOfWeek(), -1));
  }

  /** Writes a set as {@code *} when it holds all {@code size} values, else ranges and values. */
  private static String list(BitSet values, int size) {
    if (values.cardinality() == size) {
      return "*";
    }
    StringBuilder text = new StringBuilder();
    for (int from = values.nextSetBit(0); from >= 0; ) {
      int to = values.nextClearBit(from) - 1;
      text.append(text.length() == 0 ? "" : ",").append(from);
      if (to > from) {
        text.append('-').append(to);
      }
      from = values.nextSetBit(to + 1);
    }
    return text.toString();
  }

  private static StatusRuntimeException invalid(String message) {
    return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
  }

  private static StatusRuntimeException unsupported(String schedule, String why) {
    return invalid(
        "The embedded Temporal server cannot run the cron schedule \""
            + schedule
            + "\", which a real cluster accepts: "
            + why
            + ".");
  }
}
