package dev.temporalboot.client;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.lang.reflect.InvocationTargetException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Checks a cron schedule against what the Temporal server accepts (Go's robfig/cron standard
 * parser): an optional CRON_TZ= or TZ= prefix, then five fields or a descriptor such as {@code
 * @daily} or {@code @every 1h30m}. The five fields are parsed with cron-utils when it is on the
 * classpath (the embedded server brings it), so no parser is added for this check.
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
    String problem = parseWithCronUtils(spec.replace("?", "*"), classLoader);
    if (problem != null) {
      throw invalid(schedule, property, problem);
    }
  }

  private static @Nullable String parseWithCronUtils(
      String fields, @Nullable ClassLoader classLoader) {
    try {
      Class<?> cronType = ClassUtils.forName("com.cronutils.model.CronType", classLoader);
      Class<?> definitionType =
          ClassUtils.forName("com.cronutils.model.definition.CronDefinition", classLoader);
      Object definition =
          ClassUtils.forName("com.cronutils.model.definition.CronDefinitionBuilder", classLoader)
              .getMethod("instanceDefinitionFor", cronType)
              .invoke(null, cronType.getField("UNIX").get(null));
      Class<?> parserType = ClassUtils.forName("com.cronutils.parser.CronParser", classLoader);
      Object parser = parserType.getConstructor(definitionType).newInstance(definition);
      parserType.getMethod("parse", String.class).invoke(parser, fields);
      return null;
    } catch (InvocationTargetException ex) {
      Throwable thrown =
          Objects.requireNonNull(ex.getCause(), "invoke wraps what the method threw");
      return String.valueOf(thrown.getMessage());
    } catch (ReflectiveOperationException | LinkageError ex) {
      return null; // no cron-utils (or another version of it): the field count is all we check
    }
  }

  private static InvalidTemporalPropertyException invalid(
      String schedule, String property, String problem) {
    return new InvalidTemporalPropertyException(
        property, "'" + schedule + "' is not a valid cron schedule: " + problem, ACTION);
  }
}
