package dev.temporalboot.internal.embedded.visibility;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code ExecutionDuration} values as the server does ({@code ParseExecutionDurationStr}):
 * integer nanoseconds, Go durations with a {@code d} unit for days ({@code "1h30m"}), or {@code
 * hh:mm:ss}.
 */
final class Durations {

  private static final Pattern PART =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h|d)");

  private static final Pattern HHMMSS = Pattern.compile("(\\d+):(\\d{1,2}):(\\d{1,2})");

  private static final Map<String, Long> UNIT_NANOS =
      Map.of(
          "ns",
          1L,
          "us",
          1_000L,
          "µs",
          1_000L,
          "ms",
          1_000_000L,
          "s",
          1_000_000_000L,
          "m",
          60_000_000_000L,
          "h",
          3_600_000_000_000L,
          "d",
          86_400_000_000_000L);

  private Durations() {}

  static @Nullable Duration parse(String text) {
    if (text.matches("-?\\d+")) {
      return Duration.ofNanos(Long.parseLong(text));
    }
    Matcher clock = HHMMSS.matcher(text);
    if (clock.matches()) {
      return Duration.ofHours(Long.parseLong(clock.group(1)))
          .plusMinutes(Long.parseLong(clock.group(2)))
          .plusSeconds(Long.parseLong(clock.group(3)));
    }
    boolean negative = text.startsWith("-");
    String rest = negative || text.startsWith("+") ? text.substring(1) : text;
    Matcher part = PART.matcher(rest);
    BigDecimal nanos = BigDecimal.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      nanos =
          nanos.add(
              new BigDecimal(part.group(1))
                  .multiply(BigDecimal.valueOf(UNIT_NANOS.getOrDefault(part.group(2), 0L))));
      end = part.end();
    }
    if (end == 0 || end != rest.length()) {
      return null;
    }
    long total = nanos.longValue();
    return Duration.ofNanos(negative ? -total : total);
  }
}
