package dev.temporalboot.internal.schedulespec;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duration strings as Go's {@code time.ParseDuration} reads them ({@code 1h30m}, {@code 1.5s},
 * {@code 300ms}), which Temporal's server uses for {@code @every} in cron strings.
 */
public final class GoDurations {

  private static final Pattern DAYS = Pattern.compile("(\\d+(\\.\\d*)?|(\\.\\d+))d");

  private static final Pattern PART = Pattern.compile("([0-9]*(?:\\.[0-9]*)?)([^0-9.]*)");

  private static final Map<String, Long> UNIT_NANOS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L,
          "μs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private GoDurations() {}

  /**
   * Reads a duration as Go does.
   *
   * @param text such as {@code 90m} or {@code 1h30m}
   * @return the duration
   * @throws IllegalArgumentException with Go's message, such as {@code time: invalid duration "x"}
   */
  public static Duration parse(String text) {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw invalid(text);
    }
    BigDecimal nanos = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      Matcher part = PART.matcher(s).region(at, s.length());
      if (!part.lookingAt() || part.group(1).isEmpty() || part.group(1).equals(".")) {
        throw invalid(text);
      }
      String unit = part.group(2);
      if (unit.isEmpty()) {
        throw new IllegalArgumentException("time: missing unit in duration " + quote(text));
      }
      Long perUnit = UNIT_NANOS.get(unit);
      if (perUnit == null) {
        throw new IllegalArgumentException(
            "time: unknown unit " + quote(unit) + " in duration " + quote(text));
      }
      nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(perUnit)));
      at = part.end();
    }
    if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw invalid(text);
    }
    long value = nanos.longValue();
    return Duration.ofNanos(negative ? -value : value);
  }

  /**
   * Reads a duration as Temporal's server does: Go's syntax plus {@code d} for 24 hours.
   *
   * @param text such as {@code 2d} or {@code 1d12h}
   * @return the duration
   * @throws IllegalArgumentException with Go's message
   */
  public static Duration parseWithDays(String text) {
    Matcher days = DAYS.matcher(text);
    StringBuilder hours = new StringBuilder();
    while (days.find()) {
      BigDecimal value = new BigDecimal(days.group(1)).multiply(BigDecimal.valueOf(24));
      days.appendReplacement(hours, value.setScale(6).toPlainString() + "h");
    }
    days.appendTail(hours);
    return parse(hours.toString());
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("time: invalid duration " + quote(text));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
