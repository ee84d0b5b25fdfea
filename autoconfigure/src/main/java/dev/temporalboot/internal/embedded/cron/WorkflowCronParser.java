package dev.temporalboot.internal.embedded.cron;

import dev.temporalboot.internal.schedulespec.CronNicknames;
import dev.temporalboot.internal.schedulespec.GoDurations;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Reads a cron workflow's schedule as the server does (robfig/cron's standard parser): an optional
 * {@code CRON_TZ=}/{@code TZ=} zone, then {@code @yearly}..{@code @hourly}, {@code @every
 * <duration>} or five fields with numbers, three-letter names, {@code *}, {@code ?}, ranges, steps
 * and lists; and, as the server checks, a schedule must match some day within five years.
 */
final class WorkflowCronParser {

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

  private WorkflowCronParser() {}

  /**
   * Parses a schedule.
   *
   * @throws IllegalArgumentException when the server's cron library refuses it
   */
  static WorkflowCron parse(String schedule) {
    String spec = schedule;
    String zone = null;
    if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
      int space = spec.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException("time zone without a schedule");
      }
      zone = spec.substring(spec.indexOf('=') + 1, space);
      WorkflowCronZones.load(zone);
      spec = spec.substring(space).strip();
    }
    if (spec.startsWith("@")) {
      if (spec.startsWith("@every ")) {
        Duration every = GoDurations.parse(spec.substring("@every ".length()));
        return new WorkflowCron(
            zone,
            every,
            new BitSet(),
            new BitSet(),
            new BitSet(),
            new BitSet(),
            new BitSet(),
            true,
            true);
      }
      String fields = CronNicknames.fiveFields(spec);
      if (fields == null) {
        throw new IllegalArgumentException("unrecognized descriptor: " + spec);
      }
      spec = fields;
    }
    String[] fields = spec.strip().split("\\s+");
    if (fields.length != 5 || fields[0].isEmpty()) {
      throw new IllegalArgumentException("expected exactly 5 fields");
    }
    Field dom = field(fields[2], 1, 31, List.of());
    Field dow = field(fields[4], 0, 6, DAYS);
    WorkflowCron cron =
        new WorkflowCron(
            zone,
            null,
            field(fields[0], 0, 59, List.of()).bits(),
            field(fields[1], 0, 23, List.of()).bits(),
            dom.bits(),
            field(fields[3], 1, 12, MONTHS).bits(),
            dow.bits(),
            dom.any(),
            dow.any());
    if (!cron.matchesWithinFiveYears()) {
      throw new IllegalArgumentException("no time can be found to satisfy the schedule");
    }
    return cron;
  }

  private record Field(BitSet bits, boolean any) {}

  private static Field field(String text, int min, int max, List<String> names) {
    BitSet bits = new BitSet();
    boolean any = false;
    for (String expr : text.split(",")) {
      if (expr.isEmpty()) {
        continue;
      }
      String[] rangeAndStep = expr.split("/", -1);
      String[] lowAndHigh = rangeAndStep[0].split("-", -1);
      int start;
      int end;
      boolean star = lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?");
      if (star) {
        start = min;
        end = max;
      } else {
        start = value(lowAndHigh[0], names);
        if (lowAndHigh.length > 2) {
          throw new IllegalArgumentException("too many hyphens: " + expr);
        }
        end = lowAndHigh.length == 2 ? value(lowAndHigh[1], names) : start;
      }
      int step = 1;
      if (rangeAndStep.length == 2) {
        step = number(rangeAndStep[1]);
        if (lowAndHigh.length == 1) {
          end = max;
        }
      } else if (rangeAndStep.length > 2) {
        throw new IllegalArgumentException("too many slashes: " + expr);
      }
      if (start < min || end > max || start > end || step == 0) {
        throw new IllegalArgumentException("bad range: " + expr);
      }
      any |= star && step <= 1;
      for (int v = start; v <= end; v += step) {
        bits.set(v);
      }
    }
    return new Field(bits, any);
  }

  private static int value(String text, List<String> names) {
    int named = names.indexOf(text.toLowerCase(Locale.ROOT));
    return named >= 0 ? named + (names.size() == 12 ? 1 : 0) : number(text);
  }

  private static int number(String text) {
    if (!text.matches("[+-]?[0-9]+")) {
      throw new IllegalArgumentException("failed to parse int from " + text);
    }
    try {
      int value = Integer.parseInt(text);
      if (value < 0) {
        throw new IllegalArgumentException("negative number not allowed: " + text);
      }
      return value;
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("failed to parse int from " + text, ex);
    }
  }
}
