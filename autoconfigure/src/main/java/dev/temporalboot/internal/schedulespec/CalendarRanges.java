package dev.temporalboot.internal.schedulespec;

import io.temporal.api.schedule.v1.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One calendar field's text ({@code *}, {@code 1-5/2,8}, {@code MON-FRI}) read into ranges as the
 * server does: a single value with a step runs to the field's end, month names need three letters
 * and day names two, and a day of week of 7 means Sunday.
 */
final class CalendarRanges {

  enum Mode {
    INT,
    YEAR,
    MONTH,
    DAY_OF_WEEK
  }

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  private static final String[] DAYS = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"
  };

  private CalendarRanges() {}

  /**
   * Reads a field, or its default when blank.
   *
   * @throws IllegalArgumentException with the server's message
   */
  static List<Range> parse(
      String text, String field, String fallback, int min, int max, Mode mode) {
    String s = text.strip();
    if (s.isEmpty()) {
      s = fallback;
    }
    List<Range> ranges = new ArrayList<>();
    if (s.equals("*") && mode == Mode.YEAR) {
      return ranges;
    }
    for (String whole : s.split(",", -1)) {
      String part = whole;
      int step = 1;
      boolean hasStep = false;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        if (part.indexOf('/', slash + 1) >= 0) {
          throw new IllegalArgumentException(field + " has too many slashes");
        }
        String stepText = part.substring(slash + 1);
        if (stepText.isEmpty()) {
          throw new IllegalArgumentException(field + " missing step value");
        }
        part = part.substring(0, slash);
        step = GoInts.atoi(stepText);
        if (step < 1) {
          throw new IllegalArgumentException(field + " has invalid Step");
        }
        hasStep = true;
      }
      int start = min;
      int end = max;
      if (!part.equals("*")) {
        int dash = part.indexOf('-');
        if (dash >= 0) {
          if (part.indexOf('-', dash + 1) >= 0) {
            throw new IllegalArgumentException(field + " has too many dashes");
          }
          Integer from = value(part.substring(0, dash), min, max, mode);
          if (from == null) {
            throw new IllegalArgumentException(
                field + " Start is not in range [" + min + "-" + max + "]");
          }
          start = from;
          Integer to = value(part.substring(dash + 1), start, max, mode);
          if (to == null) {
            throw new IllegalArgumentException(
                field + " End is before Start or not in range [" + min + "-" + max + "]");
          }
          end = to;
        } else {
          Integer only = value(part, min, max, mode);
          if (only == null) {
            throw new IllegalArgumentException(
                field + " is not in range [" + min + "-" + max + "]");
          }
          start = only;
          if (!hasStep) {
            end = start;
          }
        }
      }
      if (mode == Mode.DAY_OF_WEEK && end == 7) {
        // 7 is Sunday, which is 0: add a 0 where the range hits 7 and cannot simply end at 6.
        if ((7 - start) % step == 0 && (step > 1 || start > 1)) {
          ranges.add(Range.newBuilder().setStart(0).build());
          if (start == 7) {
            continue;
          }
        }
        end = 6;
      }
      ranges.add(
          Range.newBuilder()
              .setStart(start)
              .setEnd(start == end ? 0 : end)
              .setStep(step == 1 ? 0 : step)
              .build());
    }
    return ranges;
  }

  /** Returns the value of a number or name within [min, max], or null when it is not one. */
  private static @Nullable Integer value(String s, int min, int max, Mode mode) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (mode == Mode.MONTH && s.length() >= 3) {
      for (int i = 0; i < MONTHS.length; i++) {
        if (MONTHS[i].startsWith(lower)) {
          return within(i + 1, min, max);
        }
      }
    } else if (mode == Mode.DAY_OF_WEEK && s.length() >= 2) {
      for (int i = 0; i < DAYS.length; i++) {
        if (DAYS[i].startsWith(lower)) {
          return within(i, min, max);
        }
      }
    }
    try {
      return within(GoInts.atoi(s), min, max);
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  private static @Nullable Integer within(int value, int min, int max) {
    return value < min || value > max ? null : value;
  }
}
