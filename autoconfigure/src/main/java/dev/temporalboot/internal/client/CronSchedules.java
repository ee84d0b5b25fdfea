package dev.temporalboot.internal.client;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a cron schedule against what the Temporal server accepts (Go's robfig/cron standard
 * parser): an optional CRON_TZ= or TZ= prefix, then five fields or a descriptor such as {@code
 * @daily} or {@code @every 1h30m}. The five fields are parsed with cron-utils when it is on the
 * classpath (the embedded server brings it; see {@code CronUtilsParser}), so no parser is added for
 * this check.
 */
public final class CronSchedules {

  private static final Set<String> DESCRIPTORS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");

  private static final Pattern TIME_ZONE = Pattern.compile("(?:CRON_TZ|TZ)=(\\S+)\\s+(.*)");

  private static final String GO_UNIT = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:ns|us|µs|μs|ms|s|m|h)";

  private static final Pattern EVERY = Pattern.compile("@every\\s+(?:" + GO_UNIT + ")+");

  private static final String ACTION =
      "Use five fields (minute hour day-of-month month day-of-week), e.g. '0 * * * *', or a"
          + " descriptor such as '@daily' or '@every 1h', optionally after 'CRON_TZ=Europe/Paris '.";

  private CronSchedules() {}

  /**
   * Checks a cron schedule, with cron-utils when the class loader (null: the default one) has it.
   *
   * @throws InvalidTemporalPropertyException naming the property when the server would refuse it
   */
  public static void validate(String schedule, String property, @Nullable ClassLoader classLoader) {
    String spec = schedule.trim();
    Matcher zone = TIME_ZONE.matcher(spec);
    if (zone.matches()) {
      try {
        ZoneId.of(zone.group(1));
      } catch (DateTimeException ex) {
        throw invalid(schedule, property, "'" + zone.group(1) + "' is not a time zone.");
      }
      spec = zone.group(2).trim();
    }
    if (spec.startsWith("@")) {
      if (!DESCRIPTORS.contains(spec) && !EVERY.matcher(spec).matches()) {
        throw invalid(schedule, property, "'" + spec + "' is not a cron descriptor.");
      }
      return;
    }
    String[] fields = spec.split("\\s+");
    if (fields.length != 5) {
      throw invalid(schedule, property, "it has " + fields.length + " fields instead of 5.");
    }
    // robfig/cron reads '?' as '*' in the day fields; cron-utils' unix definition does not.
    String problem = CronUtilsParser.load(classLoader).problem(spec.replace("?", "*"));
    if (problem != null) {
      throw invalid(schedule, property, problem);
    }
  }

  private static InvalidTemporalPropertyException invalid(
      String schedule, String property, String problem) {
    return new InvalidTemporalPropertyException(
        property, "'" + schedule + "' is not a valid cron schedule: " + problem, ACTION);
  }
}
